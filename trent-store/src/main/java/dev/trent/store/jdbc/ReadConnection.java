package dev.trent.store.jdbc;

import dev.trent.store.InlineScope;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The connection of one read transaction, taken from the pool only when the first statement runs:
 * a read that every cache answers (an Encrypt under a key held in memory) costs no pool checkout
 * and no rollback, and may run where waiting is not allowed ({@link InlineScope}).
 */
public final class ReadConnection implements Sql.ConnectionSource, AutoCloseable {
  private final DataSource pool;
  private Connection connection;

  public ReadConnection(DataSource pool) {
    this.pool = pool;
  }

  @Override
  public Connection connection() throws SQLException {
    if (connection == null) {
      InlineScope.refuseBlocking();
      connection = pool.getConnection();
    }
    return connection;
  }

  /** Ends the transaction (rolled back: it only read) and returns the connection, if one was taken. */
  @Override
  public void close() throws SQLException {
    if (connection == null) {
      return;
    }
    try (Connection c = connection) {
      c.rollback();
    }
  }
}
