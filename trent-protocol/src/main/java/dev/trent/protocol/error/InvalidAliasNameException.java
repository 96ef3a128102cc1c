package dev.trent.protocol.error;

/** The AWS error InvalidAliasNameException. */
public final class InvalidAliasNameException extends ApiException {
  private static final long serialVersionUID = 1L;

  public InvalidAliasNameException(String message) {
    super(message);
  }
}
