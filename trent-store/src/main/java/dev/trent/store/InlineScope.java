package dev.trent.store;

import java.util.function.Supplier;

/**
 * Work run inline on a thread that must never wait for the database: an HTTP event loop, which
 * serves a data-plane request from memory when everything it needs is cached. Inside the scope a
 * store refuses the first thing that would block (taking a connection, starting a write) with
 * {@link WouldBlockException}, before anything is read or changed, so the caller can run the same
 * work again on a thread that may block.
 */
public final class InlineScope {
  private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

  private InlineScope() {}

  /** Runs {@code work} in the scope; a {@link WouldBlockException} propagates to the caller. */
  public static <T> T run(Supplier<T> work) {
    if (ACTIVE.get()) {
      return work.get();
    }
    ACTIVE.set(true);
    try {
      return work.get();
    } finally {
      ACTIVE.set(false);
    }
  }

  /** Called by a store before anything that may block. */
  public static void refuseBlocking() {
    if (ACTIVE.get()) {
      throw WouldBlockException.INSTANCE;
    }
  }
}
