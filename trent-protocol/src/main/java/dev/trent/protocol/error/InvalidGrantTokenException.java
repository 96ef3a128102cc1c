package dev.trent.protocol.error;

/** The AWS error InvalidGrantTokenException. */
public final class InvalidGrantTokenException extends ApiException {
  private static final long serialVersionUID = 1L;

  public InvalidGrantTokenException(String message) {
    super(message);
  }
}
