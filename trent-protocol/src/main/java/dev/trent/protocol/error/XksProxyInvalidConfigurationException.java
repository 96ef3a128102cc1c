package dev.trent.protocol.error;

/** The AWS error XksProxyInvalidConfigurationException. */
public final class XksProxyInvalidConfigurationException extends ApiException {
  private static final long serialVersionUID = 1L;

  public XksProxyInvalidConfigurationException(String message) {
    super(message);
  }
}
