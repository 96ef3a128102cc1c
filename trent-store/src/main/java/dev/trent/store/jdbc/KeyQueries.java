package dev.trent.store.jdbc;

import static dev.trent.store.jdbc.Sql.instant;
import static dev.trent.store.jdbc.Sql.millis;

import dev.trent.store.StoreConflictException;
import dev.trent.store.StoredKey;
import dev.trent.store.StoredMaterial;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Key rows, their materials and the ids of deleted keys. */
final class KeyQueries {
  private static final String KEY_COLUMNS =
      "key_id, account_id, region, description, key_spec, key_usage, origin, key_state,"
          + " creation_date, deletion_date, pending_window_days, policy, current_material_id, version";

  private final Sql sql;

  KeyQueries(Sql sql) {
    this.sql = sql;
  }

  Optional<StoredKey> key(String keyId, boolean lock) {
    return sql.queryOne("SELECT " + KEY_COLUMNS + " FROM kms_key WHERE key_id = ?"
        + (lock ? sql.dialect().lockForWrite() : ""), KeyQueries::key, keyId);
  }

  List<StoredKey> keys(String accountId, String region, String afterKeyId, int limit) {
    return sql.query("SELECT " + KEY_COLUMNS + " FROM kms_key WHERE account_id = ? AND region = ?"
            + " AND key_id > ? ORDER BY key_id LIMIT ?",
        KeyQueries::key, accountId, region, afterKeyId == null ? "" : afterKeyId, limit);
  }

  Optional<StoredMaterial> material(String keyId, String materialId) {
    return sql.queryOne("SELECT key_id, material_id, wrapped, public_key, creation_date FROM key_material"
            + " WHERE key_id = ? AND material_id = ?",
        r -> new StoredMaterial(r.getString(1), r.getString(2), r.getBytes(3), r.getBytes(4),
            instant(r, 5)),
        keyId, materialId);
  }

  boolean wasDeleted(String keyId) {
    return !sql.query("SELECT 1 FROM deleted_key WHERE key_id = ?", r -> 1, keyId).isEmpty();
  }

  List<String> keysDueForDeletion(Instant now, int limit) {
    return sql.query("SELECT key_id FROM kms_key WHERE deletion_date IS NOT NULL AND deletion_date <= ?"
        + " ORDER BY deletion_date, key_id LIMIT ?", r -> r.getString(1), now.toEpochMilli(), limit);
  }

  void insertKey(StoredKey k) {
    sql.update("INSERT INTO kms_key (" + KEY_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        k.keyId(), k.accountId(), k.region(), k.description(), k.keySpec(), k.keyUsage(), k.origin(),
        k.keyState(), millis(k.creationDate()), millis(k.deletionDate()), k.pendingWindowInDays(),
        k.policy(), k.currentMaterialId(), k.version());
  }

  void updateKey(StoredKey k) {
    int rows = sql.update("UPDATE kms_key SET description = ?, key_state = ?, deletion_date = ?,"
            + " pending_window_days = ?, policy = ?, current_material_id = ?, version = version + 1"
            + " WHERE key_id = ? AND version = ?",
        k.description(), k.keyState(), millis(k.deletionDate()), k.pendingWindowInDays(), k.policy(),
        k.currentMaterialId(), k.keyId(), k.version());
    if (rows != 1) {
      throw new StoreConflictException("key " + k.keyId() + " changed concurrently", null);
    }
  }

  /** Deletes the key (its dependent rows cascade) and remembers its id. */
  void deleteKey(String keyId) {
    sql.update("INSERT INTO deleted_key (key_id, account_id, region)"
        + " SELECT key_id, account_id, region FROM kms_key WHERE key_id = ?"
        + " ON CONFLICT (key_id) DO NOTHING", keyId);
    sql.update("DELETE FROM kms_key WHERE key_id = ?", keyId);
  }

  void insertMaterial(StoredMaterial m) {
    sql.update("INSERT INTO key_material (key_id, material_id, wrapped, public_key, creation_date)"
            + " VALUES (?,?,?,?,?)",
        m.keyId(), m.materialId(), m.wrapped(), m.publicKey(), millis(m.creationDate()));
  }

  private static StoredKey key(ResultSet r) throws SQLException {
    return new StoredKey(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
        r.getString(5), r.getString(6), r.getString(7), r.getString(8), instant(r, 9),
        instant(r, 10), Sql.nullableInt(r, 11), r.getString(12), r.getString(13), r.getLong(14));
  }
}
