package dev.trent.protocol.error;

/** The AWS error SerializationException. A body that is not JSON, or a member of the wrong JSON type. */
public final class SerializationException extends ApiException {
  private static final long serialVersionUID = 1L;

  public SerializationException(String message) {
    super(message);
  }
}
