package dev.trent.protocol.error;

/** The AWS error DisabledException. */
public final class DisabledException extends ApiException {
  private static final long serialVersionUID = 1L;

  public DisabledException(String message) {
    super(message);
  }
}
