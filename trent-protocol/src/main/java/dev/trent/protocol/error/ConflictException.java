package dev.trent.protocol.error;

/** The AWS error ConflictException. */
public final class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
