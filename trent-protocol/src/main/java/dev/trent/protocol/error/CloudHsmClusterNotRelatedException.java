package dev.trent.protocol.error;

/** The AWS error CloudHsmClusterNotRelatedException. */
public final class CloudHsmClusterNotRelatedException extends ApiException {
  private static final long serialVersionUID = 1L;

  public CloudHsmClusterNotRelatedException(String message) {
    super(message);
  }
}
