package dev.trent.protocol.error;

/** The AWS error CustomKeyStoreInvalidStateException. */
public final class CustomKeyStoreInvalidStateException extends ApiException {
  private static final long serialVersionUID = 1L;

  public CustomKeyStoreInvalidStateException(String message) {
    super(message);
  }
}
