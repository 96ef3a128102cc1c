package dev.trent.protocol.error;

/** The AWS error InvalidImportTokenException. */
public final class InvalidImportTokenException extends ApiException {
  private static final long serialVersionUID = 1L;

  public InvalidImportTokenException(String message) {
    super(message);
  }
}
