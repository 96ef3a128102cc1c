package dev.trent.core.usage;

import dev.trent.store.ReadTransaction;
import dev.trent.store.Store;
import dev.trent.store.StoredKeyUsage;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last successful cryptographic use of each key, for GetKeyLastUsage. A use is recorded in
 * memory (one map update, no I/O on the request path) and flushed to the store in one transaction
 * at every run of the lifecycle scheduler (each minute by default) and at close. A durable write per Encrypt would double the store's write load for
 * a value AWS itself documents as approximate; the cost is that a crash loses at most one
 * interval of updates, and other nodes see a use only after this node flushes. On this node,
 * reads merge the unflushed uses, so they are exact. Thread-safe.
 */
public final class KeyUsageLog implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KeyUsageLog.class);

  private final Store store;
  private final Map<String, StoredKeyUsage> pending = new ConcurrentHashMap<>();

  public KeyUsageLog(Store store) {
    this.store = store;
  }

  /** Notes a successful use; the later of two uses of a key wins. */
  public void record(StoredKeyUsage usage) {
    pending.merge(usage.keyId(), usage,
        (old, neu) -> neu.usedAt().isBefore(old.usedAt()) ? old : neu);
  }

  /** The key's last use as far as this node knows: the store's, or a newer unflushed one. */
  public Optional<StoredKeyUsage> lastUsage(ReadTransaction tx, String keyId) {
    Optional<StoredKeyUsage> stored = tx.lastUsage(keyId);
    StoredKeyUsage unflushed = pending.get(keyId);
    if (unflushed == null) {
      return stored;
    }
    return stored.filter(s -> s.usedAt().isAfter(unflushed.usedAt())).or(() -> Optional.of(unflushed));
  }

  /** Writes every unflushed use in one transaction; returns how many. */
  public synchronized int flush() {
    Map<String, StoredKeyUsage> batch = Map.copyOf(pending);
    if (batch.isEmpty()) {
      return 0;
    }
    store.write(tx -> {
      batch.values().forEach(tx::recordUsage);
      return null;
    });
    // Only what was written leaves memory; a newer use recorded meanwhile stays for the next flush.
    batch.forEach(pending::remove);
    return batch.size();
  }

  /** Flushes what is left; call before the store closes. */
  @Override
  public void close() {
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.warn("Flushing key usage at close failed; the last uses since the last flush are lost", e);
    }
  }
}
