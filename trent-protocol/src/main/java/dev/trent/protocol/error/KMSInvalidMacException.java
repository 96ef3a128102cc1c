package dev.trent.protocol.error;

/** The AWS error KMSInvalidMacException. */
public final class KMSInvalidMacException extends ApiException {
  private static final long serialVersionUID = 1L;

  public KMSInvalidMacException(String message) {
    super(message);
  }
}
