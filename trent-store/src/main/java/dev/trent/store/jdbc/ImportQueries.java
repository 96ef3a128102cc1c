package dev.trent.store.jdbc;

import static dev.trent.store.jdbc.Sql.instant;
import static dev.trent.store.jdbc.Sql.millis;

import dev.trent.store.StoredImport;
import dev.trent.store.StoredImportToken;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Import tokens and the imported materials keys hold. */
final class ImportQueries {
  private static final String IMPORT_COLUMNS = "i.key_id, i.material_id, i.expiration_model,"
      + " i.valid_to, i.description, i.pending_rotation";

  private final Sql sql;

  ImportQueries(Sql sql) {
    this.sql = sql;
  }

  Optional<StoredImportToken> importToken(String tokenId) {
    return sql.queryOne("SELECT token_id, key_id, wrapping_algorithm, wrapping_key_spec,"
            + " wrapped_private_key, public_key, valid_to FROM import_token WHERE token_id = ?",
        r -> new StoredImportToken(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
            r.getBytes(5), r.getBytes(6), instant(r, 7)), tokenId);
  }

  Optional<StoredImport> importedMaterial(String keyId) {
    return sql.queryOne("SELECT " + IMPORT_COLUMNS + " FROM imported_material i JOIN kms_key k"
            + " ON k.key_id = i.key_id AND k.current_material_id = i.material_id WHERE i.key_id = ?",
        ImportQueries::imported, keyId);
  }

  List<StoredImport> importedMaterials(String keyId) {
    return sql.query("SELECT " + IMPORT_COLUMNS + " FROM imported_material i WHERE i.key_id = ?"
        + " ORDER BY i.material_id", ImportQueries::imported, keyId);
  }

  List<String> keysDueForExpiry(Instant now, int limit) {
    return sql.query("SELECT key_id FROM imported_material WHERE valid_to IS NOT NULL AND valid_to <= ?"
            + " GROUP BY key_id ORDER BY MIN(valid_to), key_id LIMIT ?",
        r -> r.getString(1), now.toEpochMilli(), limit);
  }

  void insertImportToken(StoredImportToken t) {
    sql.update("INSERT INTO import_token (token_id, key_id, wrapping_algorithm, wrapping_key_spec,"
            + " wrapped_private_key, public_key, valid_to) VALUES (?,?,?,?,?,?,?)",
        t.tokenId(), t.keyId(), t.wrappingAlgorithm(), t.wrappingKeySpec(), t.wrappedPrivateKey(),
        t.publicKey(), millis(t.validTo()));
  }

  void putImportedMaterial(StoredImport i) {
    sql.update("INSERT INTO imported_material (key_id, material_id, expiration_model, valid_to,"
            + " description, pending_rotation) VALUES (?,?,?,?,?,?) ON CONFLICT (key_id, material_id)"
            + " DO UPDATE SET expiration_model = excluded.expiration_model,"
            + " valid_to = excluded.valid_to, description = excluded.description,"
            + " pending_rotation = excluded.pending_rotation",
        i.keyId(), i.materialId(), i.expirationModel(), millis(i.validTo()), i.description(),
        i.pendingRotation() ? 1 : 0);
  }

  boolean deleteImportedMaterial(String keyId, String materialId) {
    if (sql.update("DELETE FROM imported_material WHERE key_id = ? AND material_id = ?",
        keyId, materialId) != 1) {
      return false;
    }
    sql.update("DELETE FROM key_material WHERE key_id = ? AND material_id = ?", keyId, materialId);
    return true;
  }

  private static StoredImport imported(ResultSet r) throws SQLException {
    return new StoredImport(r.getString(1), r.getString(2), r.getString(3), instant(r, 4),
        r.getString(5), r.getInt(6) == 1);
  }
}
