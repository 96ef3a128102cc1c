package dev.trent.store;

/** A storage failure, split by what the caller can do about it. */
public abstract sealed class StoreException extends RuntimeException
    permits StoreConflictException, StoreUnavailableException {
  private static final long serialVersionUID = 1L;

  protected StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
