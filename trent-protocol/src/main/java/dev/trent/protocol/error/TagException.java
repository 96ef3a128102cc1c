package dev.trent.protocol.error;

/** The AWS error TagException. */
public final class TagException extends ApiException {
  private static final long serialVersionUID = 1L;

  public TagException(String message) {
    super(message);
  }
}
