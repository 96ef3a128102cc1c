package dev.trent.store.sqlite;

import dev.trent.store.StoreConflictException;
import dev.trent.store.StoreUnavailableException;
import dev.trent.store.StoredAlias;
import dev.trent.store.StoredKey;
import dev.trent.store.StoredKeyUsage;
import dev.trent.store.StoredImport;
import dev.trent.store.StoredImportToken;
import dev.trent.store.StoredMaterial;
import dev.trent.store.StoredRotation;
import dev.trent.store.StoredRotationSchedule;
import dev.trent.store.StoredTag;
import dev.trent.store.WriteTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** One JDBC transaction on SQLite; the store decides whether it commits. */
final class SqliteTransaction implements WriteTransaction {
  private static final String KEY_COLUMNS =
      "key_id, account_id, region, description, key_spec, key_usage, origin, key_state,"
          + " creation_date, deletion_date, pending_window_days, policy, current_material_id, version";

  private final Connection connection;

  SqliteTransaction(Connection connection) {
    this.connection = connection;
  }

  @Override
  public Optional<StoredKey> key(String keyId) {
    return query("SELECT " + KEY_COLUMNS + " FROM kms_key WHERE key_id = ?", SqliteTransaction::key, keyId)
        .stream().findFirst();
  }

  @Override
  public List<StoredKey> keys(String accountId, String region, String afterKeyId, int limit) {
    return query("SELECT " + KEY_COLUMNS + " FROM kms_key WHERE account_id = ? AND region = ?"
            + " AND key_id > ? ORDER BY key_id LIMIT ?",
        SqliteTransaction::key, accountId, region, afterKeyId == null ? "" : afterKeyId, limit);
  }

  @Override
  public Optional<StoredMaterial> material(String keyId, String materialId) {
    return query("SELECT key_id, material_id, wrapped, public_key, creation_date FROM key_material"
            + " WHERE key_id = ? AND material_id = ?",
        r -> new StoredMaterial(r.getString(1), r.getString(2), r.getBytes(3), r.getBytes(4),
            instant(r, 5)),
        keyId, materialId).stream().findFirst();
  }

  @Override
  public Optional<StoredAlias> alias(String accountId, String region, String aliasName) {
    return query("SELECT account_id, region, alias_name, target_key_id, creation_date, last_updated_date"
            + " FROM alias WHERE account_id = ? AND region = ? AND alias_name = ?",
        SqliteTransaction::alias, accountId, region, aliasName).stream().findFirst();
  }

  @Override
  public List<StoredAlias> aliases(
      String accountId, String region, String targetKeyId, String afterName, int limit) {
    String after = afterName == null ? "" : afterName;
    String select = "SELECT account_id, region, alias_name, target_key_id, creation_date,"
        + " last_updated_date FROM alias WHERE account_id = ? AND region = ? AND alias_name > ?";
    return targetKeyId == null
        ? query(select + " ORDER BY alias_name LIMIT ?", SqliteTransaction::alias,
            accountId, region, after, limit)
        : query(select + " AND target_key_id = ? ORDER BY alias_name LIMIT ?",
            SqliteTransaction::alias, accountId, region, after, targetKeyId, limit);
  }

  @Override
  public List<StoredTag> tags(String keyId) {
    return query("SELECT key_id, tag_key, tag_value FROM key_tag WHERE key_id = ? ORDER BY tag_key",
        r -> new StoredTag(r.getString(1), r.getString(2), r.getString(3)), keyId);
  }

  @Override
  public boolean wasDeleted(String keyId) {
    return !query("SELECT 1 FROM deleted_key WHERE key_id = ?", r -> 1, keyId).isEmpty();
  }

  @Override
  public List<String> keysDueForDeletion(Instant now, int limit) {
    return query("SELECT key_id FROM kms_key WHERE deletion_date IS NOT NULL AND deletion_date <= ?"
            + " ORDER BY deletion_date LIMIT ?", r -> r.getString(1), now.toEpochMilli(), limit);
  }

  @Override
  public Optional<StoredRotationSchedule> rotationSchedule(String keyId) {
    return query("SELECT key_id, period_days, next_rotation_date FROM rotation_schedule WHERE key_id = ?",
        r -> new StoredRotationSchedule(r.getString(1), r.getInt(2), instant(r, 3)), keyId)
        .stream().findFirst();
  }

  @Override
  public List<StoredRotation> rotations(String keyId, long afterSequence, int limit) {
    return query("SELECT key_id, sequence, material_id, rotation_date, rotation_type FROM key_rotation"
            + " WHERE key_id = ? AND sequence > ? ORDER BY sequence LIMIT ?",
        r -> new StoredRotation(r.getString(1), r.getLong(2), r.getString(3), instant(r, 4),
            r.getString(5)),
        keyId, afterSequence, limit);
  }

  @Override
  public long latestRotationSequence(String keyId) {
    return query("SELECT COALESCE(MAX(sequence), -1) FROM key_rotation WHERE key_id = ?",
        r -> r.getLong(1), keyId).get(0);
  }

  @Override
  public int rotationCount(String keyId, String rotationType) {
    return query("SELECT COUNT(*) FROM key_rotation WHERE key_id = ? AND rotation_type = ?",
        r -> r.getInt(1), keyId, rotationType).get(0);
  }

  @Override
  public List<String> keysDueForRotation(Instant now, int limit) {
    return query("SELECT s.key_id FROM rotation_schedule s JOIN kms_key k ON k.key_id = s.key_id"
            + " WHERE s.next_rotation_date <= ? AND k.key_state = 'Enabled'"
            + " ORDER BY s.next_rotation_date, s.key_id LIMIT ?",
        r -> r.getString(1), now.toEpochMilli(), limit);
  }

  @Override
  public Optional<StoredImportToken> importToken(String tokenId) {
    return query("SELECT token_id, key_id, wrapping_algorithm, wrapping_key_spec, wrapped_private_key,"
            + " public_key, valid_to FROM import_token WHERE token_id = ?",
        r -> new StoredImportToken(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
            r.getBytes(5), r.getBytes(6), instant(r, 7)), tokenId).stream().findFirst();
  }

  @Override
  public Optional<StoredImport> importedMaterial(String keyId) {
    return query("SELECT key_id, material_id, expiration_model, valid_to FROM imported_material"
            + " WHERE key_id = ?",
        r -> new StoredImport(r.getString(1), r.getString(2), r.getString(3), instant(r, 4)), keyId)
        .stream().findFirst();
  }

  @Override
  public List<String> keysDueForExpiry(Instant now, int limit) {
    return query("SELECT key_id FROM imported_material WHERE valid_to IS NOT NULL AND valid_to <= ?"
        + " ORDER BY valid_to, key_id LIMIT ?", r -> r.getString(1), now.toEpochMilli(), limit);
  }

  @Override
  public Optional<StoredKeyUsage> lastUsage(String keyId) {
    return query("SELECT key_id, operation, used_at, request_id FROM key_last_usage WHERE key_id = ?",
        r -> new StoredKeyUsage(r.getString(1), r.getString(2), instant(r, 3), r.getString(4)), keyId)
        .stream().findFirst();
  }

  @Override
  public Instant usageTrackingStart() {
    return query("SELECT started_at FROM feature_start WHERE feature = 'key-last-usage'",
        r -> instant(r, 1)).get(0);
  }

  @Override
  public void insertKey(StoredKey k) {
    update("INSERT INTO kms_key (" + KEY_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        k.keyId(), k.accountId(), k.region(), k.description(), k.keySpec(), k.keyUsage(), k.origin(),
        k.keyState(), millis(k.creationDate()), millis(k.deletionDate()), k.pendingWindowInDays(),
        k.policy(), k.currentMaterialId(), k.version());
  }

  @Override
  public void updateKey(StoredKey k) {
    int rows = update("UPDATE kms_key SET description = ?, key_state = ?, deletion_date = ?,"
            + " pending_window_days = ?, policy = ?, current_material_id = ?, version = version + 1"
            + " WHERE key_id = ? AND version = ?",
        k.description(), k.keyState(), millis(k.deletionDate()), k.pendingWindowInDays(), k.policy(),
        k.currentMaterialId(), k.keyId(), k.version());
    if (rows != 1) {
      throw new StoreConflictException("key " + k.keyId() + " changed concurrently", null);
    }
  }

  @Override
  public void deleteKey(String keyId) {
    update("INSERT OR IGNORE INTO deleted_key (key_id, account_id, region)"
        + " SELECT key_id, account_id, region FROM kms_key WHERE key_id = ?", keyId);
    update("DELETE FROM kms_key WHERE key_id = ?", keyId);
  }

  @Override
  public void insertMaterial(StoredMaterial m) {
    update("INSERT INTO key_material (key_id, material_id, wrapped, public_key, creation_date)"
            + " VALUES (?,?,?,?,?)",
        m.keyId(), m.materialId(), m.wrapped(), m.publicKey(), millis(m.creationDate()));
  }

  @Override
  public void insertRotation(StoredRotation r) {
    update("INSERT INTO key_rotation (key_id, sequence, material_id, rotation_date, rotation_type)"
            + " VALUES (?,?,?,?,?)",
        r.keyId(), r.sequence(), r.materialId(), millis(r.rotationDate()), r.rotationType());
  }

  @Override
  public void putRotationSchedule(StoredRotationSchedule s) {
    update("INSERT INTO rotation_schedule (key_id, period_days, next_rotation_date) VALUES (?,?,?)"
            + " ON CONFLICT (key_id) DO UPDATE SET period_days = excluded.period_days,"
            + " next_rotation_date = excluded.next_rotation_date",
        s.keyId(), s.periodInDays(), millis(s.nextRotationDate()));
  }

  @Override
  public void deleteRotationSchedule(String keyId) {
    update("DELETE FROM rotation_schedule WHERE key_id = ?", keyId);
  }

  @Override
  public boolean advanceRotationSchedule(String keyId, Instant expectedNext, Instant newNext) {
    return update("UPDATE rotation_schedule SET next_rotation_date = ?"
            + " WHERE key_id = ? AND next_rotation_date = ?",
        millis(newNext), keyId, millis(expectedNext)) == 1;
  }

  @Override
  public void insertImportToken(StoredImportToken t) {
    update("INSERT INTO import_token (token_id, key_id, wrapping_algorithm, wrapping_key_spec,"
            + " wrapped_private_key, public_key, valid_to) VALUES (?,?,?,?,?,?,?)",
        t.tokenId(), t.keyId(), t.wrappingAlgorithm(), t.wrappingKeySpec(), t.wrappedPrivateKey(),
        t.publicKey(), millis(t.validTo()));
  }

  @Override
  public void putImportedMaterial(StoredImport i) {
    update("INSERT INTO imported_material (key_id, material_id, expiration_model, valid_to)"
            + " VALUES (?,?,?,?) ON CONFLICT (key_id) DO UPDATE SET material_id = excluded.material_id,"
            + " expiration_model = excluded.expiration_model, valid_to = excluded.valid_to",
        i.keyId(), i.materialId(), i.expirationModel(), millis(i.validTo()));
  }

  @Override
  public boolean deleteImportedMaterial(String keyId) {
    update("DELETE FROM key_material WHERE key_id = ? AND material_id IN"
        + " (SELECT material_id FROM imported_material WHERE key_id = ?)", keyId, keyId);
    return update("DELETE FROM imported_material WHERE key_id = ?", keyId) == 1;
  }

  @Override
  public void recordUsage(StoredKeyUsage u) {
    update("INSERT INTO key_last_usage (key_id, operation, used_at, request_id)"
            + " SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM kms_key WHERE key_id = ?)"
            + " ON CONFLICT (key_id) DO UPDATE SET operation = excluded.operation,"
            + " used_at = excluded.used_at, request_id = excluded.request_id"
            + " WHERE excluded.used_at > key_last_usage.used_at",
        u.keyId(), u.operation(), millis(u.usedAt()), u.requestId(), u.keyId());
  }

  @Override
  public void insertAlias(StoredAlias a) {
    update("INSERT INTO alias (account_id, region, alias_name, target_key_id, creation_date,"
            + " last_updated_date) VALUES (?,?,?,?,?,?)",
        a.accountId(), a.region(), a.aliasName(), a.targetKeyId(), millis(a.creationDate()),
        millis(a.lastUpdatedDate()));
  }

  @Override
  public void updateAlias(StoredAlias a) {
    update("UPDATE alias SET target_key_id = ?, last_updated_date = ?"
            + " WHERE account_id = ? AND region = ? AND alias_name = ?",
        a.targetKeyId(), millis(a.lastUpdatedDate()), a.accountId(), a.region(), a.aliasName());
  }

  @Override
  public void deleteAlias(String accountId, String region, String aliasName) {
    update("DELETE FROM alias WHERE account_id = ? AND region = ? AND alias_name = ?",
        accountId, region, aliasName);
  }

  @Override
  public void putTag(StoredTag t) {
    update("INSERT INTO key_tag (key_id, tag_key, tag_value) VALUES (?,?,?)"
        + " ON CONFLICT (key_id, tag_key) DO UPDATE SET tag_value = excluded.tag_value",
        t.keyId(), t.tagKey(), t.tagValue());
  }

  @Override
  public void deleteTag(String keyId, String tagKey) {
    update("DELETE FROM key_tag WHERE key_id = ? AND tag_key = ?", keyId, tagKey);
  }

  private interface Row<T> {
    T map(ResultSet r) throws SQLException;
  }

  private <T> List<T> query(String sql, Row<T> row, Object... args) {
    try (PreparedStatement s = prepare(sql, args); ResultSet r = s.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (r.next()) {
        out.add(row.map(r));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreUnavailableException("SQLite query failed", e);
    }
  }

  private int update(String sql, Object... args) {
    try (PreparedStatement s = prepare(sql, args)) {
      return s.executeUpdate();
    } catch (SQLiteException e) {
      // Only uniqueness is a conflict; NOT NULL, CHECK or foreign-key violations are our bugs.
      SQLiteErrorCode code = e.getResultCode();
      if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY
          || code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE) {
        throw new StoreConflictException("uniqueness conflict", e);
      }
      throw new StoreUnavailableException("SQLite update failed", e);
    } catch (SQLException e) {
      throw new StoreUnavailableException("SQLite update failed", e);
    }
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    PreparedStatement s = connection.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      s.setObject(i + 1, args[i]);
    }
    return s;
  }

  private static StoredKey key(ResultSet r) throws SQLException {
    return new StoredKey(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
        r.getString(5), r.getString(6), r.getString(7), r.getString(8), instant(r, 9),
        instant(r, 10), (Integer) r.getObject(11), r.getString(12), r.getString(13), r.getLong(14));
  }

  private static StoredAlias alias(ResultSet r) throws SQLException {
    return new StoredAlias(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
        instant(r, 5), instant(r, 6));
  }

  private static Instant instant(ResultSet r, int column) throws SQLException {
    long value = r.getLong(column);
    return r.wasNull() ? null : Instant.ofEpochMilli(value);
  }

  private static Long millis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }
}
