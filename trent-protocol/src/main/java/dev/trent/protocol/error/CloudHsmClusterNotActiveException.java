package dev.trent.protocol.error;

/** The AWS error CloudHsmClusterNotActiveException. */
public final class CloudHsmClusterNotActiveException extends ApiException {
  private static final long serialVersionUID = 1L;

  public CloudHsmClusterNotActiveException(String message) {
    super(message);
  }
}
