package dev.trent.protocol.error;

/** The AWS error XksProxyVpcEndpointServiceNotFoundException. */
public final class XksProxyVpcEndpointServiceNotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  public XksProxyVpcEndpointServiceNotFoundException(String message) {
    super(message);
  }
}
