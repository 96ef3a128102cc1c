package dev.trent.protocol.error;

/** The AWS error InvalidMarkerException. */
public final class InvalidMarkerException extends ApiException {
  private static final long serialVersionUID = 1L;

  public InvalidMarkerException(String message) {
    super(message);
  }
}
