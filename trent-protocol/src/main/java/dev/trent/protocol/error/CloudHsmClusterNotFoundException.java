package dev.trent.protocol.error;

/** The AWS error CloudHsmClusterNotFoundException. */
public final class CloudHsmClusterNotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  public CloudHsmClusterNotFoundException(String message) {
    super(message);
  }
}
