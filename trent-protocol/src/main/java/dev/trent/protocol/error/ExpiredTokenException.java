package dev.trent.protocol.error;

/** The AWS error ExpiredTokenException: temporary credentials used after their expiration. */
public final class ExpiredTokenException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ExpiredTokenException(String message) {
    super(message);
  }
}
