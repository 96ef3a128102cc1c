package dev.trent.protocol.error;

/** The AWS error XksProxyVpcEndpointServiceInUseException. */
public final class XksProxyVpcEndpointServiceInUseException extends ApiException {
  private static final long serialVersionUID = 1L;

  public XksProxyVpcEndpointServiceInUseException(String message) {
    super(message);
  }
}
