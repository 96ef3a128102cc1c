package dev.trent.protocol.error;

/** The AWS error AlreadyExistsException. */
public final class AlreadyExistsException extends ApiException {
  private static final long serialVersionUID = 1L;

  public AlreadyExistsException(String message) {
    super(message);
  }
}
