package dev.trent.store.jdbc;

import dev.trent.store.ReadTransaction;
import java.sql.Connection;
import java.sql.SQLException;

/** The JDBC connection behind a store's transaction, for tests that check its session settings. */
public final class TransactionConnections {
  private TransactionConnections() {}

  public static Connection of(ReadTransaction transaction) {
    try {
      return ((JdbcReads) transaction).sql.connection();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
