package dev.trent.protocol.error;

/** The AWS error XksProxyInvalidResponseException. */
public final class XksProxyInvalidResponseException extends ApiException {
  private static final long serialVersionUID = 1L;

  public XksProxyInvalidResponseException(String message) {
    super(message);
  }
}
