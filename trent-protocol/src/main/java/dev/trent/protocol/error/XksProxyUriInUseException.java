package dev.trent.protocol.error;

/** The AWS error XksProxyUriInUseException. */
public final class XksProxyUriInUseException extends ApiException {
  private static final long serialVersionUID = 1L;

  public XksProxyUriInUseException(String message) {
    super(message);
  }
}
