package dev.trent.protocol.error;

/** The AWS error UnrecognizedClientException. */
public final class UnrecognizedClientException extends ApiException {
  private static final long serialVersionUID = 1L;

  public UnrecognizedClientException(String message) {
    super(message);
  }
}
