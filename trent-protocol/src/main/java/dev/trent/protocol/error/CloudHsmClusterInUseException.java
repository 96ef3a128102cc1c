package dev.trent.protocol.error;

/** The AWS error CloudHsmClusterInUseException. */
public final class CloudHsmClusterInUseException extends ApiException {
  private static final long serialVersionUID = 1L;

  public CloudHsmClusterInUseException(String message) {
    super(message);
  }
}
