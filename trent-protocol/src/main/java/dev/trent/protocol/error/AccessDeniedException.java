package dev.trent.protocol.error;

/** The AWS error AccessDeniedException. */
public final class AccessDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
