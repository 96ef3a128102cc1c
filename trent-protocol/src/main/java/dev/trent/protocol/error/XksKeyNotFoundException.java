package dev.trent.protocol.error;

/** The AWS error XksKeyNotFoundException. */
public final class XksKeyNotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  public XksKeyNotFoundException(String message) {
    super(message);
  }
}
