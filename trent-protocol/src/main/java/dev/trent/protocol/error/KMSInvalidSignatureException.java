package dev.trent.protocol.error;

/** The AWS error KMSInvalidSignatureException. */
public final class KMSInvalidSignatureException extends ApiException {
  private static final long serialVersionUID = 1L;

  public KMSInvalidSignatureException(String message) {
    super(message);
  }
}
