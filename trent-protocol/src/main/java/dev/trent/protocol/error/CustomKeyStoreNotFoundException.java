package dev.trent.protocol.error;

/** The AWS error CustomKeyStoreNotFoundException. */
public final class CustomKeyStoreNotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  public CustomKeyStoreNotFoundException(String message) {
    super(message);
  }
}
