package dev.trent.protocol.error;

/** The AWS error InvalidKeyUsageException. */
public final class InvalidKeyUsageException extends ApiException {
  private static final long serialVersionUID = 1L;

  public InvalidKeyUsageException(String message) {
    super(message);
  }
}
