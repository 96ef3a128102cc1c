package dev.trent.store.sqlite;

import dev.trent.store.StoreConflictException;
import dev.trent.store.StoreException;
import dev.trent.store.StoreUnavailableException;
import dev.trent.store.jdbc.SqlDialect;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** SQLite: one writer at a time, so no row locks; only uniqueness is a conflict. */
final class SqliteDialect implements SqlDialect {
  static final SqliteDialect INSTANCE = new SqliteDialect();

  private SqliteDialect() {}

  @Override
  public String name() {
    return "SQLite";
  }

  @Override
  public String lockForWrite() {
    return "";
  }

  @Override
  public StoreException translate(String what, SQLException e) {
    // NOT NULL, CHECK or foreign-key violations are our bugs, not another writer winning.
    if (e instanceof SQLiteException s
        && (s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY
            || s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE)) {
      return new StoreConflictException("uniqueness conflict", e);
    }
    return new StoreUnavailableException(what, e);
  }
}
