package dev.trent.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.store.ReadTransaction;
import dev.trent.store.Store;
import dev.trent.store.StoreUnavailableException;
import dev.trent.store.StoredImport;
import dev.trent.store.StoredKey;
import dev.trent.store.WriteTransaction;
import dev.trent.store.sqlite.SqliteStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key gauges: read at most once per interval, zero kept for vanished pairs, failures tolerated. */
class KeyGaugesTest {
  private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");
  private static final Duration REFRESH = Duration.ofSeconds(15);

  @TempDir
  Path dir;

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MovingClock clock = new MovingClock();
  private final AtomicInteger reads = new AtomicInteger();
  private final AtomicBoolean failing = new AtomicBoolean();
  private SqliteStore sqlite;
  private KeyGauges gauges;

  @BeforeEach
  void open() {
    sqlite = SqliteStore.open(dir);
    Store counted = new Store() {
      @Override
      public <T> T read(Function<ReadTransaction, T> work) {
        reads.incrementAndGet();
        if (failing.get()) {
          throw new StoreUnavailableException("down", null);
        }
        return sqlite.read(work);
      }

      @Override
      public <T> T write(Function<WriteTransaction, T> work) {
        return sqlite.write(work);
      }

      @Override
      public dev.trent.store.ChangeFeed changes() {
        return sqlite.changes();
      }

      @Override
      public dev.trent.store.StoreMaintenance maintenance() {
        return sqlite.maintenance();
      }

      @Override
      public void close() {}
    };
    gauges = new KeyGauges(registry, counted, clock, REFRESH);
  }

  @AfterEach
  void close() {
    sqlite.close();
  }

  private String insertKey(String spec, String state) {
    String id = UUID.randomUUID().toString();
    sqlite.write(tx -> {
      tx.insertKey(new StoredKey(id, "111122223333", "us-east-1", "", spec, "ENCRYPT_DECRYPT", "EXTERNAL",
          state, T0, null, null, "{}", null, 1));
      return null;
    });
    return id;
  }

  private Double keys(String state, String spec) {
    Gauge g = registry.find("trent.keys").tags("state", state, "spec", spec).gauge();
    return g == null ? null : g.value();
  }

  private Double secondsUntil(String keyId) {
    Gauge g = registry.find("trent.key.material.seconds.until.expiration").tag("key_id", keyId).gauge();
    return g == null ? null : g.value();
  }

  @Test
  void counts_areReadOncePerInterval_andAVanishedPairStaysAtZero() {
    String a = insertKey("SYMMETRIC_DEFAULT", "Enabled");
    insertKey("RSA_2048", "Disabled");

    gauges.refreshIfStale();
    assertThat(keys("Enabled", "SYMMETRIC_DEFAULT")).isEqualTo(1.0);
    assertThat(keys("Disabled", "RSA_2048")).isEqualTo(1.0);
    assertThat(reads).hasValue(1);

    sqlite.write(tx -> {
      tx.deleteKey(a);
      return null;
    });
    clock.advance(REFRESH.minusMillis(1));
    gauges.refreshIfStale();
    assertThat(reads).hasValue(1);
    assertThat(keys("Enabled", "SYMMETRIC_DEFAULT")).isEqualTo(1.0);

    clock.advance(Duration.ofMillis(1));
    gauges.refreshIfStale();
    assertThat(reads).hasValue(2);
    assertThat(keys("Enabled", "SYMMETRIC_DEFAULT")).isEqualTo(0.0);
    assertThat(keys("Disabled", "RSA_2048")).isEqualTo(1.0);
  }

  @Test
  void secondsUntilExpiration_isComputedAtEachScrape_floorsAtZero_andGoesWithTheMaterial() {
    String expiring = insertKey("SYMMETRIC_DEFAULT", "Enabled");
    String forever = insertKey("SYMMETRIC_DEFAULT", "Enabled");
    sqlite.write(tx -> {
      tx.putImportedMaterial(new StoredImport(expiring, "m1", "KEY_MATERIAL_EXPIRES", T0.plusSeconds(100)));
      tx.putImportedMaterial(new StoredImport(forever, "m2", "KEY_MATERIAL_DOES_NOT_EXPIRE", null));
      return null;
    });

    gauges.refreshIfStale();
    assertThat(secondsUntil(expiring)).isEqualTo(100.0);
    assertThat(secondsUntil(forever)).isNull();
    clock.advance(Duration.ofSeconds(10));
    assertThat(secondsUntil(expiring)).isEqualTo(90.0);
    assertThat(reads).hasValue(1);

    clock.advance(Duration.ofSeconds(200));
    assertThat(secondsUntil(expiring)).isEqualTo(0.0);

    sqlite.write(tx -> {
      tx.deleteKey(expiring);
      return null;
    });
    gauges.refreshIfStale();
    assertThat(secondsUntil(expiring)).isNull();
  }

  @Test
  void unreadableStore_keepsThePreviousValues_andRetriesNextInterval() {
    insertKey("SYMMETRIC_DEFAULT", "Enabled");
    gauges.refreshIfStale();

    failing.set(true);
    clock.advance(REFRESH);
    gauges.refreshIfStale();
    assertThat(keys("Enabled", "SYMMETRIC_DEFAULT")).isEqualTo(1.0);

    failing.set(false);
    insertKey("SYMMETRIC_DEFAULT", "Enabled");
    clock.advance(REFRESH);
    gauges.refreshIfStale();
    assertThat(keys("Enabled", "SYMMETRIC_DEFAULT")).isEqualTo(2.0);
    assertThat(reads).hasValue(3);
  }

  private static final class MovingClock extends Clock {
    private Instant now = T0;

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
