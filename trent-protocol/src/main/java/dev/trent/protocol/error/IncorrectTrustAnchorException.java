package dev.trent.protocol.error;

/** The AWS error IncorrectTrustAnchorException. */
public final class IncorrectTrustAnchorException extends ApiException {
  private static final long serialVersionUID = 1L;

  public IncorrectTrustAnchorException(String message) {
    super(message);
  }
}
