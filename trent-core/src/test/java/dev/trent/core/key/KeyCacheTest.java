package dev.trent.core.key;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.store.ReadTransaction;
import dev.trent.store.StoreChange;
import dev.trent.store.StoredAlias;
import dev.trent.store.StoredKey;
import dev.trent.store.jdbc.ChangeFanout;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class KeyCacheTest {
  private static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final ChangeFanout feed = new ChangeFanout();
  private final KeyCache cache = new KeyCache(feed, 100);
  private final AtomicInteger reads = new AtomicInteger();

  @Test
  void heldKey_isServedWithoutReadingTheStore() {
    cache.key(reading(() -> Optional.of(key("Enabled"))), KEY_ID);

    Optional<StoredKey> second = cache.key(reading(() -> {
      throw new AssertionError("read the store for a held key");
    }), KEY_ID);

    assertThat(second.orElseThrow().keyState()).isEqualTo("Enabled");
    assertThat(reads).hasValue(1);
  }

  @Test
  void changeOfTheKey_dropsIt_andTheNextReadLoadsTheNewRow() {
    cache.key(reading(() -> Optional.of(key("Enabled"))), KEY_ID);

    feed.publish(StoreChange.key(KEY_ID));

    assertThat(cache.key(reading(() -> Optional.of(key("Disabled"))), KEY_ID).orElseThrow().keyState())
        .isEqualTo("Disabled");
    assertThat(reads).hasValue(2);
  }

  @Test
  void changeArrivingDuringALoad_keepsTheLoadedRowOutOfTheCache() {
    // The load reads the old row; the change that replaces it commits and is published while the
    // load is in flight, before its put: the stale row must not stay.
    cache.key(reading(() -> {
      feed.publish(StoreChange.key(KEY_ID));
      return Optional.of(key("Enabled"));
    }), KEY_ID);

    cache.key(reading(() -> Optional.of(key("Disabled"))), KEY_ID);

    assertThat(reads).hasValue(2);
  }

  @Test
  void absentKey_isNotHeld() {
    assertThat(cache.key(reading(Optional::empty), KEY_ID)).isEmpty();
    assertThat(cache.key(reading(() -> Optional.of(key("Enabled"))), KEY_ID)).isPresent();
    assertThat(reads).hasValue(2);
  }

  @Test
  void aliasTargets_areHeldAndDroppedByAliasChanges() {
    ReadTransaction first = aliasReading("key-a");
    assertThat(cache.aliasTarget(first, "111122223333", "us-east-1", "alias/x")).contains("key-a");
    assertThat(cache.aliasTarget(aliasReading("key-b"), "111122223333", "us-east-1", "alias/x"))
        .contains("key-a");

    feed.publish(StoreChange.alias("111122223333", "us-east-1", "alias/x"));

    assertThat(cache.aliasTarget(aliasReading("key-b"), "111122223333", "us-east-1", "alias/x"))
        .contains("key-b");
  }

  @Test
  void everythingChange_dropsEveryEntry() {
    cache.key(reading(() -> Optional.of(key("Enabled"))), KEY_ID);
    cache.aliasTarget(aliasReading("key-a"), "111122223333", "us-east-1", "alias/x");

    feed.publish(StoreChange.ANYTHING);

    cache.key(reading(() -> Optional.of(key("Enabled"))), KEY_ID);
    assertThat(cache.aliasTarget(aliasReading("key-b"), "111122223333", "us-east-1", "alias/x"))
        .contains("key-b");
    assertThat(reads).hasValue(4);
  }

  @Test
  void closedCache_stopsListening() {
    cache.key(reading(() -> Optional.of(key("Enabled"))), KEY_ID);
    cache.close();

    feed.publish(StoreChange.key(KEY_ID));

    assertThat(cache.key(reading(() -> Optional.of(key("Disabled"))), KEY_ID).orElseThrow().keyState())
        .isEqualTo("Enabled");
  }

  @Test
  void heldRows_shareTheValuesKeysRepeat_notTheirIds() {
    String otherId = "5678abcd-12ab-34cd-56ef-1234567890ab";
    StoredKey first = cache.key(reading(() -> Optional.of(key(KEY_ID, "Enabled"))), KEY_ID).orElseThrow();
    StoredKey second = cache.key(reading(() -> Optional.of(key(otherId, "Enabled"))), otherId).orElseThrow();

    assertThat(second).isEqualTo(key(otherId, "Enabled"));
    assertThat(second.policy()).isSameAs(first.policy());
    assertThat(second.accountId()).isSameAs(first.accountId());
    assertThat(second.region()).isSameAs(first.region());
    assertThat(second.keySpec()).isSameAs(first.keySpec());
    assertThat(second.keyUsage()).isSameAs(first.keyUsage());
    assertThat(second.origin()).isSameAs(first.origin());
    assertThat(second.keyState()).isSameAs(first.keyState());
    assertThat(second.keyId()).isEqualTo(otherId);
  }

  private ReadTransaction reading(Supplier<Optional<StoredKey>> row) {
    return (ReadTransaction) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {ReadTransaction.class}, (proxy, method, args) -> {
          if (!method.getName().equals("key")) {
            throw new AssertionError("unexpected read " + method.getName());
          }
          reads.incrementAndGet();
          return row.get();
        });
  }

  private ReadTransaction aliasReading(String target) {
    return (ReadTransaction) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {ReadTransaction.class}, (proxy, method, args) -> {
          if (!method.getName().equals("alias")) {
            throw new AssertionError("unexpected read " + method.getName());
          }
          reads.incrementAndGet();
          return Optional.of(new StoredAlias((String) args[0], (String) args[1], (String) args[2],
              target, T0, T0));
        });
  }

  private static StoredKey key(String state) {
    return key(KEY_ID, state);
  }

  /** A row as the store returns it: every string its own copy. */
  private static StoredKey key(String keyId, String state) {
    return new StoredKey(keyId, new String("111122223333"), new String("us-east-1"), "",
        new String("SYMMETRIC_DEFAULT"), new String("ENCRYPT_DECRYPT"), new String("AWS_KMS"),
        new String(state), T0, null, null, new String("{\"Version\":\"2012-10-17\"}"), "m1", 0);
  }
}
