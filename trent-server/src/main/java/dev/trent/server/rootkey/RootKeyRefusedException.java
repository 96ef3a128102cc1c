package dev.trent.server.rootkey;

/**
 * The root key on offer does not belong to this data, or the data is mid-rotation: Trent refuses to
 * start. The message says what to do and never anything about the key.
 */
public final class RootKeyRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RootKeyRefusedException(String message) {
    super(message);
  }
}
