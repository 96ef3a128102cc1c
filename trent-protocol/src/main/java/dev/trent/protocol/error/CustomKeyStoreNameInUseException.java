package dev.trent.protocol.error;

/** The AWS error CustomKeyStoreNameInUseException. */
public final class CustomKeyStoreNameInUseException extends ApiException {
  private static final long serialVersionUID = 1L;

  public CustomKeyStoreNameInUseException(String message) {
    super(message);
  }
}
