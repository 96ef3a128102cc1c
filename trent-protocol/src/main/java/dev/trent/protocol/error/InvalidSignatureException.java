package dev.trent.protocol.error;

/** The AWS error InvalidSignatureException. */
public final class InvalidSignatureException extends ApiException {
  private static final long serialVersionUID = 1L;

  public InvalidSignatureException(String message) {
    super(message);
  }
}
