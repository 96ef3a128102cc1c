package dev.trent.protocol.error;

/** The AWS error IncorrectKeyException. */
public final class IncorrectKeyException extends ApiException {
  private static final long serialVersionUID = 1L;

  public IncorrectKeyException(String message) {
    super(message);
  }
}
