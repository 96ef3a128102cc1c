package dev.trent.protocol.error;

/** The AWS error XksKeyAlreadyInUseException. */
public final class XksKeyAlreadyInUseException extends ApiException {
  private static final long serialVersionUID = 1L;

  public XksKeyAlreadyInUseException(String message) {
    super(message);
  }
}
