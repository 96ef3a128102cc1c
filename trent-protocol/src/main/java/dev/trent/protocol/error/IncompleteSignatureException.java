package dev.trent.protocol.error;

/** The AWS error IncompleteSignatureException. */
public final class IncompleteSignatureException extends ApiException {
  private static final long serialVersionUID = 1L;

  public IncompleteSignatureException(String message) {
    super(message);
  }
}
