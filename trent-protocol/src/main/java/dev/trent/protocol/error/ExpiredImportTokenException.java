package dev.trent.protocol.error;

/** The AWS error ExpiredImportTokenException. */
public final class ExpiredImportTokenException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ExpiredImportTokenException(String message) {
    super(message);
  }
}
