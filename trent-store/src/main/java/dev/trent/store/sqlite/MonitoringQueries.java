package dev.trent.store.sqlite;

import dev.trent.store.StoreUnavailableException;
import dev.trent.store.StoredKeyCount;
import dev.trent.store.StoredMaterialExpiry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The aggregate reads behind the key metrics, kept apart from {@link SqliteTransaction}'s
 * per-key reads and writes. Uses the transaction's connection, so it reads the same snapshot.
 */
final class MonitoringQueries {
  private final Connection connection;

  MonitoringQueries(Connection connection) {
    this.connection = connection;
  }

  /** One GROUP BY over kms_key: a single scan, however many accounts and regions. */
  List<StoredKeyCount> keyCounts() {
    List<StoredKeyCount> out = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(
            "SELECT key_state, key_spec, COUNT(*) FROM kms_key GROUP BY key_state, key_spec"
                + " ORDER BY key_state, key_spec");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(new StoredKeyCount(r.getString(1), r.getString(2), r.getLong(3)));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreUnavailableException("SQLite query failed", e);
    }
  }

  /**
   * Only rows with a valid_to (the partial index on it), one per key: its earliest valid_to, which
   * is the key's ValidTo. Uses no column beyond those of the first imported_material table.
   */
  List<StoredMaterialExpiry> expiringMaterials(int limit) {
    List<StoredMaterialExpiry> out = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(
        "SELECT i.key_id, k.account_id, k.region, MIN(i.valid_to) AS earliest"
            + " FROM imported_material i JOIN kms_key k ON k.key_id = i.key_id"
            + " WHERE i.valid_to IS NOT NULL GROUP BY i.key_id, k.account_id, k.region"
            + " ORDER BY earliest, i.key_id LIMIT ?")) {
      s.setInt(1, limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new StoredMaterialExpiry(r.getString(1), r.getString(2), r.getString(3),
              Instant.ofEpochMilli(r.getLong(4))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreUnavailableException("SQLite query failed", e);
    }
  }
}
