package dev.trent.protocol.error;

/** The AWS error MissingAuthenticationTokenException. */
public final class MissingAuthenticationTokenException extends ApiException {
  private static final long serialVersionUID = 1L;

  public MissingAuthenticationTokenException(String message) {
    super(message);
  }
}
