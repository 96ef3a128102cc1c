package dev.trent.protocol.error;

/** The AWS error DependencyTimeoutException. */
public final class DependencyTimeoutException extends ApiException {
  private static final long serialVersionUID = 1L;

  public DependencyTimeoutException(String message) {
    super(message);
  }

  @Override
  public boolean isServerFault() {
    return true;
  }
}
