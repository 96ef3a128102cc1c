package dev.trent.protocol.error;

/** The AWS error UnknownOperationException. */
public final class UnknownOperationException extends ApiException {
  private static final long serialVersionUID = 1L;

  public UnknownOperationException(String message) {
    super(message);
  }
}
