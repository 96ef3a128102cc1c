package dev.trent.protocol.error;

/** The AWS error LimitExceededException. */
public final class LimitExceededException extends ApiException {
  private static final long serialVersionUID = 1L;

  public LimitExceededException(String message) {
    super(message);
  }
}
