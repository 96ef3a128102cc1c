package dev.trent.store.sqlite;

import dev.trent.store.StoredImport;
import dev.trent.store.StoredImportToken;
import dev.trent.store.StoredRotation;
import dev.trent.store.StoredRotationSchedule;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The queries of a key's life: rotation history and schedule, import tokens, imported material. */
abstract class SqliteLifecycle extends SqliteIdentities {
  private static final String IMPORT_COLUMNS = "i.key_id, i.material_id, i.expiration_model,"
      + " i.valid_to, i.description, i.pending_rotation";

  SqliteLifecycle(Connection connection) {
    super(connection);
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
    return query("SELECT " + IMPORT_COLUMNS + " FROM imported_material i JOIN kms_key k"
            + " ON k.key_id = i.key_id AND k.current_material_id = i.material_id WHERE i.key_id = ?",
        SqliteLifecycle::imported, keyId).stream().findFirst();
  }

  @Override
  public List<StoredImport> importedMaterials(String keyId) {
    return query("SELECT " + IMPORT_COLUMNS + " FROM imported_material i WHERE i.key_id = ?"
        + " ORDER BY i.material_id", SqliteLifecycle::imported, keyId);
  }

  @Override
  public List<String> keysDueForExpiry(Instant now, int limit) {
    return query("SELECT key_id FROM imported_material WHERE valid_to IS NOT NULL AND valid_to <= ?"
            + " GROUP BY key_id ORDER BY MIN(valid_to), key_id LIMIT ?",
        r -> r.getString(1), now.toEpochMilli(), limit);
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
    update("INSERT INTO imported_material (key_id, material_id, expiration_model, valid_to,"
            + " description, pending_rotation) VALUES (?,?,?,?,?,?) ON CONFLICT (key_id, material_id)"
            + " DO UPDATE SET expiration_model = excluded.expiration_model,"
            + " valid_to = excluded.valid_to, description = excluded.description,"
            + " pending_rotation = excluded.pending_rotation",
        i.keyId(), i.materialId(), i.expirationModel(), millis(i.validTo()), i.description(),
        i.pendingRotation() ? 1 : 0);
  }

  @Override
  public boolean deleteImportedMaterial(String keyId, String materialId) {
    if (update("DELETE FROM imported_material WHERE key_id = ? AND material_id = ?",
        keyId, materialId) != 1) {
      return false;
    }
    update("DELETE FROM key_material WHERE key_id = ? AND material_id = ?", keyId, materialId);
    return true;
  }

  private static StoredImport imported(java.sql.ResultSet r) throws java.sql.SQLException {
    return new StoredImport(r.getString(1), r.getString(2), r.getString(3), instant(r, 4),
        r.getString(5), r.getInt(6) == 1);
  }
}
