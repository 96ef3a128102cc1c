package dev.trent.protocol.error;

/** The AWS error MalformedPolicyDocumentException. */
public final class MalformedPolicyDocumentException extends ApiException {
  private static final long serialVersionUID = 1L;

  public MalformedPolicyDocumentException(String message) {
    super(message);
  }
}
