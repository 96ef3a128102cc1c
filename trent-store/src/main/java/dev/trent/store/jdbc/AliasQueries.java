package dev.trent.store.jdbc;

import static dev.trent.store.jdbc.Sql.instant;
import static dev.trent.store.jdbc.Sql.millis;

import dev.trent.store.StoredAlias;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Aliases; the primary key (account, region, name) makes a name unique where AWS promises it. */
final class AliasQueries {
  private static final String COLUMNS =
      "account_id, region, alias_name, target_key_id, creation_date, last_updated_date";

  private final Sql sql;

  AliasQueries(Sql sql) {
    this.sql = sql;
  }

  Optional<StoredAlias> alias(String accountId, String region, String aliasName) {
    return sql.queryOne("SELECT " + COLUMNS
            + " FROM alias WHERE account_id = ? AND region = ? AND alias_name = ?",
        AliasQueries::alias, accountId, region, aliasName);
  }

  List<StoredAlias> aliases(
      String accountId, String region, String targetKeyId, String afterName, int limit) {
    String after = afterName == null ? "" : afterName;
    String select = "SELECT " + COLUMNS
        + " FROM alias WHERE account_id = ? AND region = ? AND alias_name > ?";
    return targetKeyId == null
        ? sql.query(select + " ORDER BY alias_name LIMIT ?", AliasQueries::alias,
            accountId, region, after, limit)
        : sql.query(select + " AND target_key_id = ? ORDER BY alias_name LIMIT ?",
            AliasQueries::alias, accountId, region, after, targetKeyId, limit);
  }

  /** Every alias of a key, in any account: what a key's deletion takes with it. */
  List<StoredAlias> aliasesOf(String keyId) {
    return sql.query("SELECT " + COLUMNS + " FROM alias WHERE target_key_id = ?",
        AliasQueries::alias, keyId);
  }

  void insertAlias(StoredAlias a) {
    sql.update("INSERT INTO alias (" + COLUMNS + ") VALUES (?,?,?,?,?,?)",
        a.accountId(), a.region(), a.aliasName(), a.targetKeyId(), millis(a.creationDate()),
        millis(a.lastUpdatedDate()));
  }

  void updateAlias(StoredAlias a) {
    sql.update("UPDATE alias SET target_key_id = ?, last_updated_date = ?"
            + " WHERE account_id = ? AND region = ? AND alias_name = ?",
        a.targetKeyId(), millis(a.lastUpdatedDate()), a.accountId(), a.region(), a.aliasName());
  }

  void deleteAlias(String accountId, String region, String aliasName) {
    sql.update("DELETE FROM alias WHERE account_id = ? AND region = ? AND alias_name = ?",
        accountId, region, aliasName);
  }

  private static StoredAlias alias(ResultSet r) throws SQLException {
    return new StoredAlias(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
        instant(r, 5), instant(r, 6));
  }
}
