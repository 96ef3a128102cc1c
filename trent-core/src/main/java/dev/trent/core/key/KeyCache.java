package dev.trent.core.key;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Interner;
import dev.trent.store.ChangeFeed;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoreChange;
import dev.trent.store.StoredAlias;
import dev.trent.store.StoredKey;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Key rows and alias targets held in memory for the data plane, so Encrypt, Decrypt and the other
 * cryptographic operations need no database round trip for a key they have seen. Bounded (least
 * recently used entries go first); only present rows are held.
 *
 * <p>Coherence comes from the store's {@link ChangeFeed}: a change committed on this node is
 * dropped before its write returns, one committed on another node when its notification arrives
 * (milliseconds; a node that cannot hear the feed drops everything every quarter second). A load
 * that raced with a change could put the old row back after the change dropped it; so every load
 * notes the change count before it reads and drops its own entry if any change arrived meanwhile.
 *
 * <p>A held row shares the values most keys repeat (account, Region, spec, usage, origin, state,
 * and above all the key policy, which every key created without one has in the same words) instead
 * of holding its own copies: about a fifth of the heap each held key costs (2.4 KB to 1.9 KB, all
 * its caches included), and a smaller live heap is less for every collection to trace.
 * Thread-safe.
 */
public final class KeyCache implements AutoCloseable {
  private final Cache<String, StoredKey> keys;
  private final Cache<String, String> aliasTargets;
  private final AtomicLong changes = new AtomicLong();
  /** Weak: a value no held row uses any more (an edited policy, say) is collected. */
  private final Interner<String> shared = Interner.newWeakInterner();
  private final ChangeFeed.Subscription subscription;

  public KeyCache(ChangeFeed feed, long maximumSize) {
    this.keys = Caffeine.newBuilder().maximumSize(maximumSize).build();
    this.aliasTargets = Caffeine.newBuilder().maximumSize(maximumSize).build();
    this.subscription = feed.subscribe(this::drop);
  }

  /** The key row, from memory when held, else read through {@code tx} and held. */
  public Optional<StoredKey> key(ReadTransaction tx, String keyId) {
    StoredKey held = keys.getIfPresent(keyId);
    if (held != null) {
      return Optional.of(held);
    }
    long before = changes.get();
    Optional<StoredKey> read = tx.key(keyId).map(this::sharing);
    read.ifPresent(k -> hold(keys, keyId, k, before));
    return read;
  }

  /** The key id the alias points at, from memory when held, else read through {@code tx}. */
  public Optional<String> aliasTarget(ReadTransaction tx, String accountId, String region, String name) {
    String id = StoreChange.aliasId(accountId, region, name);
    String held = aliasTargets.getIfPresent(id);
    if (held != null) {
      return Optional.of(held);
    }
    long before = changes.get();
    Optional<String> read = tx.alias(accountId, region, name).map(StoredAlias::targetKeyId);
    read.ifPresent(target -> hold(aliasTargets, id, target, before));
    return read;
  }

  /** The row with its repeated values shared; ids and descriptions are the key's own. */
  private StoredKey sharing(StoredKey k) {
    return new StoredKey(k.keyId(), share(k.accountId()), share(k.region()), k.description(),
        share(k.keySpec()), share(k.keyUsage()), share(k.origin()), share(k.keyState()),
        k.creationDate(), k.deletionDate(), k.pendingWindowInDays(), share(k.policy()),
        k.currentMaterialId(), k.version());
  }

  private String share(String value) {
    return value == null ? null : shared.intern(value);
  }

  private <V> void hold(Cache<String, V> cache, String id, V value, long changesBefore) {
    cache.put(id, value);
    // A change counted after our read began may concern this very entry: its drop may have run
    // before our put. Dropping it again is always safe; the next read loads it fresh.
    if (changes.get() != changesBefore) {
      cache.invalidate(id);
    }
  }

  private void drop(StoreChange change) {
    changes.incrementAndGet();
    switch (change.kind()) {
      case KEY -> keys.invalidate(change.id());
      case ALIAS -> aliasTargets.invalidate(change.id());
      case EVERYTHING -> {
        keys.invalidateAll();
        aliasTargets.invalidateAll();
      }
      case GRANT, IDENTITY -> { } // grants and identities are not held here
    }
  }

  @Override
  public void close() {
    subscription.close();
  }
}
