package dev.trent.store;

import static dev.trent.store.StoreFixtures.CREATED;
import static dev.trent.store.StoreFixtures.key;
import static dev.trent.store.StoreFixtures.keyId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
      tx.recordUsage(first);
    });
    assertThat(lastUsage(keyId(1))).contains(first);

    write(tx -> tx.recordUsage(later));
    write(tx -> tx.recordUsage(first));

    assertThat(lastUsage(keyId(1))).contains(later);
    assertThat(lastUsage(keyId(2))).isEmpty();
  }

  @Test
  default void useOfMissingOrDeletedKey_isIgnored() {
    write(tx -> tx.recordUsage(new StoredKeyUsage(keyId(1), "Encrypt", CREATED, "r1", "event-r1")));
    assertThat(lastUsage(keyId(1))).isEmpty();

    write(tx -> {
      tx.insertKey(key(keyId(2)));
      tx.recordUsage(new StoredKeyUsage(keyId(2), "Encrypt", CREATED, "r1", "event-r1"));
      tx.deleteKey(keyId(2));
    });
    assertThat(lastUsage(keyId(2))).isEmpty();
  }

  @Test
  default void trackingStart_isFixedAndNotInTheFuture() {
    Instant start = read(ReadTransaction::usageTrackingStart);
    assertThat(start).isBeforeOrEqualTo(Instant.now());
    assertThat(read(ReadTransaction::usageTrackingStart)).isEqualTo(start);
  }
}
