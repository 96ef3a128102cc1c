package dev.trent.protocol.error;

/** The AWS error KMSInvalidStateException. */
public final class KMSInvalidStateException extends ApiException {
  private static final long serialVersionUID = 1L;

  public KMSInvalidStateException(String message) {
    super(message);
  }
}
