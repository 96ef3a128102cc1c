package dev.trent.protocol.error;

/** The AWS error RequestEntityTooLargeException. */
public final class RequestEntityTooLargeException extends ApiException {
  private static final long serialVersionUID = 1L;

  public RequestEntityTooLargeException(String message) {
    super(message);
  }
}
