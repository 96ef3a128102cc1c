package dev.trent.protocol.error;

/** The AWS error NotFoundException. */
public final class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
