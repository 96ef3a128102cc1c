package dev.trent.store.jdbc;

import dev.trent.store.StoredKeyCount;
import dev.trent.store.StoredMaterialExpiry;
import java.time.Instant;
import java.util.List;

/** The aggregate reads behind the key metrics, apart from the per-key reads and writes. */
final class MonitoringQueries {
  private final Sql sql;

  MonitoringQueries(Sql sql) {
    this.sql = sql;
  }

  /** One GROUP BY over kms_key: a single scan, however many accounts and regions. */
  List<StoredKeyCount> keyCounts() {
    return sql.query("SELECT key_state, key_spec, COUNT(*) FROM kms_key GROUP BY key_state, key_spec"
            + " ORDER BY key_state, key_spec",
        r -> new StoredKeyCount(r.getString(1), r.getString(2), r.getLong(3)));
  }

  /** Only rows with a valid_to (the partial index on it), one per key: its earliest valid_to. */
  List<StoredMaterialExpiry> expiringMaterials(int limit) {
    return sql.query("SELECT i.key_id, k.account_id, k.region, MIN(i.valid_to) AS earliest"
            + " FROM imported_material i JOIN kms_key k ON k.key_id = i.key_id"
            + " WHERE i.valid_to IS NOT NULL GROUP BY i.key_id, k.account_id, k.region"
            + " ORDER BY earliest, i.key_id LIMIT ?",
        r -> new StoredMaterialExpiry(r.getString(1), r.getString(2), r.getString(3),
            Instant.ofEpochMilli(r.getLong(4))), limit);
  }
}
