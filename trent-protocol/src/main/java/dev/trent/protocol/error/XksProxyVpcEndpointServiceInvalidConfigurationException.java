package dev.trent.protocol.error;

/** The AWS error XksProxyVpcEndpointServiceInvalidConfigurationException. */
public final class XksProxyVpcEndpointServiceInvalidConfigurationException extends ApiException {
  private static final long serialVersionUID = 1L;

  public XksProxyVpcEndpointServiceInvalidConfigurationException(String message) {
    super(message);
  }
}
