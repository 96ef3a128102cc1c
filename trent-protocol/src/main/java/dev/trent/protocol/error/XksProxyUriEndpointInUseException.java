package dev.trent.protocol.error;

/** The AWS error XksProxyUriEndpointInUseException. */
public final class XksProxyUriEndpointInUseException extends ApiException {
  private static final long serialVersionUID = 1L;

  public XksProxyUriEndpointInUseException(String message) {
    super(message);
  }
}
