package dev.trent.protocol.error;

/** The AWS error ValidationException. A request that breaks the API model's constraints or an operation's own input rules. */
public final class ValidationException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ValidationException(String message) {
    super(message);
  }
}
