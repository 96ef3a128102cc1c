package dev.trent.store.sqlite;

import dev.trent.store.StoreConflictException;
import dev.trent.store.StoredAlias;
import dev.trent.store.StoredGrant;
import dev.trent.store.StoredKey;
import dev.trent.store.StoredKeyUsage;
import dev.trent.store.StoredMaterial;
import dev.trent.store.StoredTag;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One JDBC transaction on SQLite; the store decides whether it commits. */
final class SqliteTransaction extends SqliteLifecycle {
  private static final String KEY_COLUMNS =
      "key_id, account_id, region, description, key_spec, key_usage, origin, key_state,"
          + " creation_date, deletion_date, pending_window_days, policy, current_material_id, version";

  SqliteTransaction(Connection connection) {
    super(connection);
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
  public Optional<StoredKeyUsage> lastUsage(String keyId) {
    return query("SELECT key_id, operation, used_at, request_id, event_id FROM key_last_usage"
            + " WHERE key_id = ?",
        r -> new StoredKeyUsage(r.getString(1), r.getString(2), instant(r, 3), r.getString(4),
            r.getString(5)), keyId)
        .stream().findFirst();
  }

  @Override
  public Instant usageTrackingStart() {
    return query("SELECT started_at FROM feature_start WHERE feature = 'key-last-usage'",
        r -> instant(r, 1)).get(0);
  }

  @Override
  public List<dev.trent.store.StoredKeyCount> keyCounts() {
    return new MonitoringQueries(connection).keyCounts();
  }

  @Override
  public List<dev.trent.store.StoredMaterialExpiry> expiringMaterials(int limit) {
    return new MonitoringQueries(connection).expiringMaterials(limit);
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
  public void recordUsage(StoredKeyUsage u) {
    update("INSERT INTO key_last_usage (key_id, operation, used_at, request_id, event_id)"
            + " SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM kms_key WHERE key_id = ?)"
            + " ON CONFLICT (key_id) DO UPDATE SET operation = excluded.operation,"
            + " used_at = excluded.used_at, request_id = excluded.request_id,"
            + " event_id = excluded.event_id"
            + " WHERE excluded.used_at > key_last_usage.used_at",
        u.keyId(), u.operation(), millis(u.usedAt()), u.requestId(), u.eventId(), u.keyId());
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

  private static StoredKey key(ResultSet r) throws SQLException {
    return new StoredKey(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
        r.getString(5), r.getString(6), r.getString(7), r.getString(8), instant(r, 9),
        instant(r, 10), (Integer) r.getObject(11), r.getString(12), r.getString(13), r.getLong(14));
  }

  private static StoredAlias alias(ResultSet r) throws SQLException {
    return new StoredAlias(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
        instant(r, 5), instant(r, 6));
  }


  @Override
  public Optional<StoredGrant> grant(String keyId, String grantId) {
    return new GrantQueries(this).grant(keyId, grantId);
  }

  @Override
  public List<StoredGrant> grants(String keyId, String afterGrantId, int limit) {
    return new GrantQueries(this).grants(keyId, afterGrantId, limit);
  }

  @Override
  public List<StoredGrant> grantsNamed(String keyId, String name) {
    return new GrantQueries(this).grantsNamed(keyId, name);
  }

  @Override
  public int grantCount(String keyId) {
    return new GrantQueries(this).grantCount(keyId);
  }

  @Override
  public List<StoredGrant> retirableGrants(
      String accountId, String region, String retiringPrincipal, String afterGrantId, int limit) {
    return new GrantQueries(this).retirableGrants(accountId, region, retiringPrincipal, afterGrantId, limit);
  }

  @Override
  public void insertGrant(StoredGrant grant) {
    new GrantQueries(this).insert(grant);
  }

  @Override
  public boolean deleteGrant(String keyId, String grantId) {
    return new GrantQueries(this).delete(keyId, grantId);
  }
}
