package dev.trent.protocol.error;

/** The AWS error InvalidCiphertextException. */
public final class InvalidCiphertextException extends ApiException {
  private static final long serialVersionUID = 1L;

  public InvalidCiphertextException(String message) {
    super(message);
  }
}
