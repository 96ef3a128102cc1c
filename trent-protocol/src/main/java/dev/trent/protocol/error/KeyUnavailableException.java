package dev.trent.protocol.error;

/** The AWS error KeyUnavailableException. */
public final class KeyUnavailableException extends ApiException {
  private static final long serialVersionUID = 1L;

  public KeyUnavailableException(String message) {
    super(message);
  }

  @Override
  public boolean isServerFault() {
    return true;
  }
}
