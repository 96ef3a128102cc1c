package dev.trent.core.usage;

import dev.trent.store.ReadTransaction;
import dev.trent.store.Store;
import dev.trent.store.StoredKeyUsage;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last successful cryptographic use of each key, for GetKeyLastUsage. A use is recorded in
 * memory (an update in place of the key's slot: no I/O, and nothing kept that the collector must
 * copy) and flushed to the store in one transaction at every run of the lifecycle scheduler (each
 * minute by default) and at close. A durable write per Encrypt would double the store's write load
 * for a value AWS itself documents as approximate; the cost is that a crash loses at most one
 * interval of updates, and other nodes see a use only after this node flushes. On this node,
 * reads merge the unflushed uses, so they are exact. Thread-safe.
 */
public final class KeyUsageLog implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KeyUsageLog.class);

  private final Store store;
  /** Keys used since the flush before last; a slot outlives many uses (see {@link LastUse}). */
  private final Map<String, LastUse> lastUses = new ConcurrentHashMap<>();

  public KeyUsageLog(Store store) {
    this.store = store;
  }

  /** Notes a successful use; the later of two uses of a key wins. */
  public void record(StoredKeyUsage usage) {
    while (true) {
      LastUse slot = lastUses.get(usage.keyId());
      if (slot == null) {
        slot = lastUses.computeIfAbsent(usage.keyId(), k -> new LastUse());
      }
      if (slot.record(usage)) {
        return;
      }
      // A flush retired this slot after we found it; it leaves the map at once, so look again.
      lastUses.remove(usage.keyId(), slot);
    }
  }

  /** The key's last use as far as this node knows: the store's, or a newer unflushed one. */
  public Optional<StoredKeyUsage> lastUsage(ReadTransaction tx, String keyId) {
    Optional<StoredKeyUsage> stored = tx.lastUsage(keyId);
    LastUse slot = lastUses.get(keyId);
    StoredKeyUsage held = slot == null ? null : slot.usage(keyId);
    if (held == null) {
      return stored;
    }
    return stored.filter(s -> s.usedAt().isAfter(held.usedAt())).or(() -> Optional.of(held));
  }

  /** Writes every unflushed use in one transaction; returns how many. */
  public synchronized int flush() {
    List<StoredKeyUsage> batch = new ArrayList<>();
    Map<LastUse, Long> taken = new IdentityHashMap<>();
    lastUses.forEach((keyId, slot) -> {
      LastUse.Unstored u = slot.unstored(keyId);
      if (u == null) {
        lastUses.remove(keyId, slot);
      } else {
        batch.add(u.usage());
        taken.put(slot, u.count());
      }
    });
    if (batch.isEmpty()) {
      return 0;
    }
    store.write(tx -> {
      tx.recordUsages(batch);
      return null;
    });
    // Only what was written counts as stored; a newer use recorded meanwhile waits for the next flush.
    taken.forEach(LastUse::stored);
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
