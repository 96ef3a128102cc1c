package dev.trent.store.postgresql;

import dev.trent.store.StoreConflictException;
import dev.trent.store.StoreException;
import dev.trent.store.StoreUnavailableException;
import dev.trent.store.jdbc.SqlDialect;
import java.sql.SQLException;

/**
 * PostgreSQL at READ COMMITTED: a key row read inside a write transaction is locked ({@code FOR
 * UPDATE}) so read-check-write sequences on one key run one after the other across nodes; a
 * uniqueness violation, a serialization failure or a deadlock is another writer winning.
 */
final class PostgresDialect implements SqlDialect {
  static final PostgresDialect INSTANCE = new PostgresDialect();

  private static final String UNIQUE_VIOLATION = "23505";
  private static final String SERIALIZATION_FAILURE = "40001";
  private static final String DEADLOCK_DETECTED = "40P01";

  private PostgresDialect() {}

  @Override
  public String name() {
    return "PostgreSQL";
  }

  @Override
  public String lockForWrite() {
    return " FOR UPDATE";
  }

  @Override
  public StoreException translate(String what, SQLException e) {
    String state = e.getSQLState();
    if (UNIQUE_VIOLATION.equals(state) || SERIALIZATION_FAILURE.equals(state)
        || DEADLOCK_DETECTED.equals(state)) {
      return new StoreConflictException("conflict (SQLSTATE " + state + ")", e);
    }
    // Connection failures (08xxx), shutdown (57P01) and timeouts: the request may be retried.
    return new StoreUnavailableException(what + " (SQLSTATE " + state + ")", e);
  }
}
