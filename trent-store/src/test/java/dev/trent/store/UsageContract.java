package dev.trent.store;

import static dev.trent.store.StoreFixtures.CREATED;
import static dev.trent.store.StoreFixtures.key;
import static dev.trent.store.StoreFixtures.keyId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The last use of each key, recorded in batches, possibly out of order. */
public interface UsageContract extends StoreUnderTest {
  private Optional<StoredKeyUsage> lastUsage(String keyId) {
    return read(tx -> tx.lastUsage(keyId));
  }

  @Test
  default void laterUse_replacesEarlier_butEarlierNeverReplacesLater() {
    StoredKeyUsage first = new StoredKeyUsage(keyId(1), "Encrypt", CREATED, "r1", "event-r1");
    StoredKeyUsage later = new StoredKeyUsage(keyId(1), "Decrypt", CREATED.plusMillis(1), "r2", "event-r2");
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.recordUsages(List.of(first));
    });
    assertThat(lastUsage(keyId(1))).contains(first);

    write(tx -> tx.recordUsages(List.of(later)));
    write(tx -> tx.recordUsages(List.of(first)));

    assertThat(lastUsage(keyId(1))).contains(later);
    assertThat(lastUsage(keyId(2))).isEmpty();
  }

  @Test
  default void useOfMissingOrDeletedKey_isIgnored() {
    write(tx -> tx.recordUsages(List.of(new StoredKeyUsage(keyId(1), "Encrypt", CREATED, "r1", "event-r1"))));
    assertThat(lastUsage(keyId(1))).isEmpty();

    write(tx -> {
      tx.insertKey(key(keyId(2)));
      tx.recordUsages(List.of(new StoredKeyUsage(keyId(2), "Encrypt", CREATED, "r1", "event-r1")));
      tx.deleteKey(keyId(2));
    });
    assertThat(lastUsage(keyId(2))).isEmpty();
  }

  @Test
  default void aBatch_recordsEachKeysUse_andKeepsTheRulesOfOne() {
    StoredKeyUsage stored = new StoredKeyUsage(keyId(1), "Decrypt", CREATED.plusMillis(5), "r0", "event-r0");
    write(tx -> {
      for (int i = 1; i <= 3; i++) {
        tx.insertKey(key(keyId(i)));
      }
      tx.recordUsages(List.of(stored));
    });
    List<StoredKeyUsage> batch = new ArrayList<>();
    batch.add(new StoredKeyUsage(keyId(1), "Encrypt", CREATED, "r1", "event-r1")); // older than stored
    for (int i = 2; i <= 3; i++) {
      batch.add(new StoredKeyUsage(keyId(i), "Sign", CREATED.plusMillis(i), "r" + i, null));
    }
    batch.add(new StoredKeyUsage(keyId(9), "Encrypt", CREATED, "r9", "event-r9")); // no such key
    // More rows than one round trip carries, all for keys that exist: only the last of each counts.
    for (int i = 0; i < 2_500; i++) {
      batch.add(new StoredKeyUsage(keyId(3), "Verify", CREATED.plusMillis(10 + i), "v" + i, "event-v" + i));
    }

    write(tx -> tx.recordUsages(batch));

    assertThat(lastUsage(keyId(1))).contains(stored);
    assertThat(lastUsage(keyId(2))).contains(batch.get(1));
    assertThat(lastUsage(keyId(3))).contains(batch.get(batch.size() - 1));
    assertThat(lastUsage(keyId(9))).isEmpty();
  }

  @Test
  default void trackingStart_isFixedAndNotInTheFuture() {
    Instant start = read(ReadTransaction::usageTrackingStart);
    assertThat(start).isBeforeOrEqualTo(Instant.now());
    assertThat(read(ReadTransaction::usageTrackingStart)).isEqualTo(start);
  }
}
