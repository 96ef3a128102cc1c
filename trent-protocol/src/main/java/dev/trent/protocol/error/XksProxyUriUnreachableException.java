package dev.trent.protocol.error;

/** The AWS error XksProxyUriUnreachableException. */
public final class XksProxyUriUnreachableException extends ApiException {
  private static final long serialVersionUID = 1L;

  public XksProxyUriUnreachableException(String message) {
    super(message);
  }
}
