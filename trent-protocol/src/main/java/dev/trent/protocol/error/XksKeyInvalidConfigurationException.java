package dev.trent.protocol.error;

/** The AWS error XksKeyInvalidConfigurationException. */
public final class XksKeyInvalidConfigurationException extends ApiException {
  private static final long serialVersionUID = 1L;

  public XksKeyInvalidConfigurationException(String message) {
    super(message);
  }
}
