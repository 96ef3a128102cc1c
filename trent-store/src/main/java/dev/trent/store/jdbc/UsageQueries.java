package dev.trent.store.jdbc;

import static dev.trent.store.jdbc.Sql.instant;
import static dev.trent.store.jdbc.Sql.millis;

import dev.trent.store.StoredKeyUsage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The last use of each key (GetKeyLastUsage). */
final class UsageQueries {
  private final Sql sql;

  UsageQueries(Sql sql) {
    this.sql = sql;
  }

  Optional<StoredKeyUsage> lastUsage(String keyId) {
    return sql.queryOne("SELECT key_id, operation, used_at, request_id, event_id FROM key_last_usage"
            + " WHERE key_id = ?",
        r -> new StoredKeyUsage(r.getString(1), r.getString(2), instant(r, 3), r.getString(4),
            r.getString(5)), keyId);
  }

  Instant usageTrackingStart() {
    return sql.query("SELECT started_at FROM feature_start WHERE feature = 'key-last-usage'",
        r -> instant(r, 1)).get(0);
  }

  /** Later uses win whatever the order they arrive in; uses of a vanished key are dropped. */
  void recordUsages(List<StoredKeyUsage> uses) {
    sql.batch("INSERT INTO key_last_usage (key_id, operation, used_at, request_id, event_id)"
            + " SELECT key_id, ?, ?, ?, ? FROM kms_key WHERE key_id = ?"
            + " ON CONFLICT (key_id) DO UPDATE SET operation = excluded.operation,"
            + " used_at = excluded.used_at, request_id = excluded.request_id,"
            + " event_id = excluded.event_id"
            + " WHERE excluded.used_at > key_last_usage.used_at",
        uses.stream()
            .map(u -> new Object[] {u.operation(), millis(u.usedAt()), u.requestId(), u.eventId(), u.keyId()})
            .toList());
  }
}
