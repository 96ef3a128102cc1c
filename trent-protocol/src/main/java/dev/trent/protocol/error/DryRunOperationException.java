package dev.trent.protocol.error;

/** The AWS error DryRunOperationException. */
public final class DryRunOperationException extends ApiException {
  private static final long serialVersionUID = 1L;

  public DryRunOperationException(String message) {
    super(message);
  }
}
