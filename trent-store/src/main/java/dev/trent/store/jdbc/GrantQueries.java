package dev.trent.store.jdbc;

import dev.trent.store.StoredGrant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Grants of keys. Operations are stored as one comma-joined column (the record forbids commas in
 * operation names), so a grant is one row and is read in one query.
 */
final class GrantQueries {
  private static final String COLUMNS = "g.grant_id, g.key_id, g.grant_name, g.grantee_principal,"
      + " g.retiring_principal, g.issuing_account, g.operations, g.constraints, g.creation_date";

  private final Sql sql;

  GrantQueries(Sql sql) {
    this.sql = sql;
  }

  Optional<StoredGrant> grant(String keyId, String grantId) {
    return sql.query("SELECT " + COLUMNS + " FROM key_grant g WHERE g.key_id = ? AND g.grant_id = ?",
        GrantQueries::grant, keyId, grantId).stream().findFirst();
  }

  List<StoredGrant> grants(String keyId, String afterGrantId, int limit) {
    return sql.query("SELECT " + COLUMNS + " FROM key_grant g WHERE g.key_id = ? AND g.grant_id > ?"
            + " ORDER BY g.grant_id LIMIT ?",
        GrantQueries::grant, keyId, afterGrantId == null ? "" : afterGrantId, limit);
  }

  List<StoredGrant> grantsNamed(String keyId, String name) {
    return sql.query("SELECT " + COLUMNS + " FROM key_grant g WHERE g.key_id = ? AND g.grant_name = ?"
        + " ORDER BY g.grant_id", GrantQueries::grant, keyId, name);
  }

  int grantCount(String keyId) {
    return sql.query("SELECT COUNT(*) FROM key_grant WHERE key_id = ?", r -> r.getInt(1), keyId).get(0);
  }

  List<StoredGrant> retirableGrants(
      String accountId, String region, String retiringPrincipal, String afterGrantId, int limit) {
    return sql.query("SELECT " + COLUMNS + " FROM key_grant g JOIN kms_key k ON k.key_id = g.key_id"
            + " WHERE k.account_id = ? AND k.region = ? AND g.retiring_principal = ?"
            + " AND g.grant_id > ? ORDER BY g.grant_id LIMIT ?",
        GrantQueries::grant, accountId, region, retiringPrincipal,
        afterGrantId == null ? "" : afterGrantId, limit);
  }

  void insert(StoredGrant g) {
    sql.update("INSERT INTO key_grant (grant_id, key_id, grant_name, grantee_principal,"
            + " retiring_principal, issuing_account, operations, constraints, creation_date)"
            + " VALUES (?,?,?,?,?,?,?,?,?)",
        g.grantId(), g.keyId(), g.name(), g.granteePrincipal(), g.retiringPrincipal(),
        g.issuingAccount(), String.join(",", g.operations()), g.constraints(),
        Sql.millis(g.creationDate()));
  }

  boolean delete(String keyId, String grantId) {
    return sql.update("DELETE FROM key_grant WHERE key_id = ? AND grant_id = ?", keyId, grantId) == 1;
  }

  private static StoredGrant grant(ResultSet r) throws SQLException {
    String operations = r.getString(7);
    return new StoredGrant(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
        r.getString(5), r.getString(6),
        operations.isEmpty() ? List.of() : Arrays.asList(operations.split(",")), r.getString(8),
        Sql.instant(r, 9));
  }
}
