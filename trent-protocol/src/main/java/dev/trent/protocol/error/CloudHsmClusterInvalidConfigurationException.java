package dev.trent.protocol.error;

/** The AWS error CloudHsmClusterInvalidConfigurationException. */
public final class CloudHsmClusterInvalidConfigurationException extends ApiException {
  private static final long serialVersionUID = 1L;

  public CloudHsmClusterInvalidConfigurationException(String message) {
    super(message);
  }
}
