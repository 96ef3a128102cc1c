package dev.trent.server.metrics;

import dev.trent.store.Store;
import dev.trent.store.StoredKeyCount;
import dev.trent.store.StoredMaterialExpiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauges read from the store, refreshed when a scrape finds them older than the refresh interval,
 * so scraping often costs no more than one aggregate read per interval:
 *
 * <ul>
 *   <li>{@code trent_keys{state,spec}}: keys in each key state with each key spec, across all
 *       accounts and regions. A pair seen once stays, at 0 when its last key leaves it, so a
 *       drop to zero is visible; both labels take only the API's enum values, so the series stay
 *       bounded (states times specs).
 *   <li>{@code trent_key_material_seconds_until_expiration{key_id,account_id,region}}: AWS's
 *       {@code SecondsUntilKeyMaterialExpiration} (dimension {@code KeyId}), for each key whose
 *       imported material has a {@code ValidTo} (the earliest, if it holds several); 0 once it
 *       has passed, until the scheduler expires the material, after
 *       which the series goes away. The value is computed at scrape time from the cached {@code
 *       ValidTo}. At most {@link #MAX_EXPIRATION_SERIES} series, the earliest expiries first, so
 *       a store with very many expiring keys cannot flood the scraper.
 * </ul>
 *
 * If the store cannot be read, the previous values stay and the failure is logged: a scrape never
 * fails because of the store. Called from the admin listener's thread; synchronized anyway.
 */
public final class KeyGauges {
  public static final int MAX_EXPIRATION_SERIES = 1000;
  public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(15);
  private static final Logger LOG = LoggerFactory.getLogger(KeyGauges.class);

  private final Store store;
  private final Clock clock;
  private final Duration refresh;
  private final MultiGauge keys;
  private final MultiGauge expirations;
  /** Every (state, spec) pair seen so far, with its latest count. */
  private final Map<Tags, Long> keyCounts = new LinkedHashMap<>();
  private Instant refreshedAt;

  public KeyGauges(MeterRegistry registry, Store store, Clock clock, Duration refresh) {
    this.store = store;
    this.clock = clock;
    this.refresh = refresh;
    this.keys = MultiGauge.builder("trent.keys")
        .description("KMS keys by key state and key spec, across all accounts and regions")
        .register(registry);
    this.expirations = MultiGauge.builder("trent.key.material.seconds.until.expiration")
        .description("Seconds until the imported key material of a key expires (its ValidTo)")
        .register(registry);
  }

  /** Re-reads the store if the last read is older than the refresh interval (or never happened). */
  public synchronized void refreshIfStale() {
    Instant now = clock.instant();
    if (refreshedAt != null && now.isBefore(refreshedAt.plus(refresh)) && !now.isBefore(refreshedAt)) {
      return;
    }
    refreshedAt = now;
    try {
      record Snapshot(List<StoredKeyCount> counts, List<StoredMaterialExpiry> expiring) {}
      Snapshot snapshot = store.read(tx -> new Snapshot(tx.keyCounts(), tx.expiringMaterials(MAX_EXPIRATION_SERIES)));
      publishCounts(snapshot.counts());
      publishExpirations(snapshot.expiring());
    } catch (RuntimeException e) {
      LOG.warn("Key metrics not refreshed: the store could not be read", e);
    }
  }

  private void publishCounts(List<StoredKeyCount> counts) {
    keyCounts.replaceAll((tags, n) -> 0L);
    for (StoredKeyCount c : counts) {
      keyCounts.put(Tags.of("state", c.keyState(), "spec", c.keySpec()), c.count());
    }
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    keyCounts.forEach((tags, n) -> rows.add(MultiGauge.Row.of(tags, n)));
    keys.register(rows, true);
  }

  private void publishExpirations(List<StoredMaterialExpiry> expiring) {
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    for (StoredMaterialExpiry m : expiring) {
      Tags tags = Tags.of("key_id", m.keyId(), "account_id", m.accountId(), "region", m.region());
      rows.add(MultiGauge.Row.of(tags, m.validTo(), this::secondsUntil));
    }
    expirations.register(rows, true);
  }

  private double secondsUntil(Instant validTo) {
    return Math.max(0, Duration.between(clock.instant(), validTo).toMillis() / 1000.0);
  }
}
