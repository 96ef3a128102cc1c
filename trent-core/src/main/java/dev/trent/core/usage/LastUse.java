package dev.trent.core.usage;

import dev.trent.store.StoredKeyUsage;
import java.time.Instant;

/**
 * One key's last use on this node, updated in place: a use costs no object that outlives its
 * request. Tracks which use the store has been given, and is retired (left for a new one) once a
 * flush finds the key unused since the previous one. Thread-safe.
 */
final class LastUse {
  private String operation;
  private long seconds;
  private int nanos;
  private final CompactId requestId = new CompactId();
  private final CompactId eventId = new CompactId();
  /** Uses taken so far; the store has every use up to {@code stored}. */
  private long uses;
  private long stored;
  private boolean retired;

  /** Takes {@code u} unless a later use is held; false when retired (the caller needs a new slot). */
  synchronized boolean record(StoredKeyUsage u) {
    if (retired) {
      return false;
    }
    Instant at = u.usedAt();
    if (uses > 0 && (at.getEpochSecond() < seconds || at.getEpochSecond() == seconds && at.getNano() < nanos)) {
      return true;
    }
    operation = u.operation();
    seconds = at.getEpochSecond();
    nanos = at.getNano();
    requestId.set(u.requestId());
    eventId.set(u.eventId());
    uses++;
    return true;
  }

  /** The use held, or null before the first. */
  synchronized StoredKeyUsage usage(String keyId) {
    return uses == 0 ? null : current(keyId);
  }

  /**
   * For a flush: the use the store has not been given, with the count that names it; null when
   * there is none. A slot with nothing new since the last flush is retired instead: the key was not
   * used for a whole interval, and the store already has its last use.
   */
  synchronized Unstored unstored(String keyId) {
    if (uses != stored) {
      return new Unstored(current(keyId), uses);
    }
    retired = true;
    return null;
  }

  /** The store now has every use up to {@code count}. */
  synchronized void stored(long count) {
    stored = Math.max(stored, count);
  }

  private StoredKeyUsage current(String keyId) {
    return new StoredKeyUsage(keyId, operation, Instant.ofEpochSecond(seconds, nanos), requestId.get(),
        eventId.get());
  }

  /** A use for the store, and the slot's count when it was taken. */
  record Unstored(StoredKeyUsage usage, long count) {}
}
