package dev.trent.protocol.error;

/** The AWS error IncorrectKeyMaterialException. */
public final class IncorrectKeyMaterialException extends ApiException {
  private static final long serialVersionUID = 1L;

  public IncorrectKeyMaterialException(String message) {
    super(message);
  }
}
