package dev.trent.protocol.error;

/** The AWS error ThrottlingException. */
public final class ThrottlingException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ThrottlingException(String message) {
    super(message);
  }
}
