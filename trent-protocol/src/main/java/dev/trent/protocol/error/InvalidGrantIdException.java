package dev.trent.protocol.error;

/** The AWS error InvalidGrantIdException. */
public final class InvalidGrantIdException extends ApiException {
  private static final long serialVersionUID = 1L;

  public InvalidGrantIdException(String message) {
    super(message);
  }
}
