package dev.trent.protocol.error;

/** The AWS error KMSInternalException. A fault of the server, never of the caller; logged with the request id. */
public final class KMSInternalException extends ApiException {
  private static final long serialVersionUID = 1L;

  public KMSInternalException(String message) {
    super(message);
  }

  @Override
  public boolean isServerFault() {
    return true;
  }
}
