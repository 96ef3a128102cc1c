package dev.trent.protocol.error;

/** The AWS error InvalidClientTokenIdException. */
public final class InvalidClientTokenIdException extends ApiException {
  private static final long serialVersionUID = 1L;

  public InvalidClientTokenIdException(String message) {
    super(message);
  }
}
