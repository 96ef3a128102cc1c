package dev.trent.protocol.error;

/** The AWS error UnsupportedOperationException. */
public final class UnsupportedOperationException extends ApiException {
  private static final long serialVersionUID = 1L;

  public UnsupportedOperationException(String message) {
    super(message);
  }
}
