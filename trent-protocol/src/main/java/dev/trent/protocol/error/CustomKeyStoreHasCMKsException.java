package dev.trent.protocol.error;

/** The AWS error CustomKeyStoreHasCMKsException. */
public final class CustomKeyStoreHasCMKsException extends ApiException {
  private static final long serialVersionUID = 1L;

  public CustomKeyStoreHasCMKsException(String message) {
    super(message);
  }
}
