package dev.trent.protocol.error;

/** The AWS error InvalidArnException. */
public final class InvalidArnException extends ApiException {
  private static final long serialVersionUID = 1L;

  public InvalidArnException(String message) {
    super(message);
  }
}
