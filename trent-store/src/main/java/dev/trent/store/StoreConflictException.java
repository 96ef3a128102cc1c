package dev.trent.store;

/** A uniqueness or optimistic-version conflict: someone else's write won. */
public final class StoreConflictException extends StoreException {
  private static final long serialVersionUID = 1L;

  public StoreConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
