package dev.trent.store.jdbc;

import dev.trent.store.SnapshotLoad;
import dev.trent.store.SnapshotSink;
import dev.trent.store.StoreMaintenance;
import dev.trent.store.StoreUnavailableException;
import dev.trent.store.WrappedCell;
import dev.trent.store.WrappedColumn;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@link StoreMaintenance} for any JDBC store, SQLite or PostgreSQL: plain SQL on connections from
 * the store's pool, each call its own transaction.
 */
public final class JdbcMaintenance implements StoreMaintenance {
  private final DataSource pool;
  private final Set<String> seedTables;

  /**
   * @param seedTables tables whose rows the migrations themselves insert: they do not make a store
   *     non-empty, and a loaded snapshot replaces their rows
   */
  public JdbcMaintenance(DataSource pool, Set<String> seedTables) {
    this.pool = pool;
    this.seedTables = Set.copyOf(seedTables);
  }

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T transaction(String what, boolean readOnlySnapshot, Work<T> work) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      if (readOnlySnapshot) {
        isolateSnapshot(c);
      }
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreUnavailableException(what + " failed", e);
    }
  }

  /** Repeatable read where the engine offers it (PostgreSQL); SQLite's transactions are serializable. */
  private static void isolateSnapshot(Connection c) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    if (meta.supportsTransactionIsolationLevel(Connection.TRANSACTION_REPEATABLE_READ)
        && c.getTransactionIsolation() != Connection.TRANSACTION_SERIALIZABLE) {
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    }
  }

  @Override
  public Optional<String> setting(String name) {
    return transaction("reading a setting", false, c -> SettingsQueries.get(c, name));
  }

  @Override
  public boolean replaceSettings(Map<String, Optional<String>> expected, Map<String, Optional<String>> changes) {
    try {
      return transaction("changing settings", false, c -> {
        for (Map.Entry<String, Optional<String>> e : expected.entrySet()) {
          if (!SettingsQueries.get(c, e.getKey()).equals(e.getValue())) {
            return false;
          }
        }
        for (Map.Entry<String, Optional<String>> e : changes.entrySet()) {
          if (e.getValue().isPresent()) {
            SettingsQueries.put(c, e.getKey(), e.getValue().get());
          } else {
            SettingsQueries.delete(c, e.getKey());
          }
        }
        return true;
      });
    } catch (StoreUnavailableException e) {
      // Two nodes inserting the same new setting at once: one wins, the other sees a mismatch.
      if (e.getCause() instanceof SQLException sql && isUniqueViolation(sql)) {
        return false;
      }
      throw e;
    }
  }

  private static boolean isUniqueViolation(SQLException e) {
    String state = e.getSQLState();
    return (state != null && state.startsWith("23"))
        || String.valueOf(e.getMessage()).contains("UNIQUE constraint failed");
  }

  @Override
  public boolean isEmpty() {
    return transaction("checking emptiness", true, c -> {
      for (SchemaTables.Table table : SchemaTables.read(c).tables()) {
        if (seedTables.contains(table.name())) {
          continue;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM " + table.name() + " LIMIT 1");
            ResultSet r = s.executeQuery()) {
          if (r.next()) {
            return false;
          }
        }
      }
      return true;
    });
  }

  @Override
  public void snapshot(SnapshotSink sink) {
    transaction("snapshot", true, c -> {
      JdbcSnapshot.write(c, sink);
      return null;
    });
  }

  @Override
  public SnapshotLoad load() {
    if (!isEmpty()) {
      throw new IllegalStateException("the target store is not empty: refusing to load into it");
    }
    Connection c = null;
    try {
      c = pool.getConnection();
      c.setAutoCommit(false);
      return new JdbcSnapshot.Load(c, seedTables);
    } catch (SQLException e) {
      closeQuietly(c);
      throw new StoreUnavailableException("cannot start loading a snapshot", e);
    }
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // Already failing; the first error is the one to report.
      }
    }
  }

  @Override
  public List<WrappedCell> wrappedPage(WrappedColumn column, List<String> afterKey, int limit) {
    String keys = String.join(", ", column.keyColumns());
    return transaction("scanning " + column.table(), false, c -> page(c, column, keys, afterKey, limit));
  }

  /** One page in key order, after {@code after} by row-value comparison (SQLite and PostgreSQL). */
  private static List<WrappedCell> page(Connection c, WrappedColumn column, String keys, List<String> after,
      int limit) throws SQLException {
    String marks = String.join(", ", column.keyColumns().stream().map(k -> "?").toList());
    String where = after == null ? "" : " WHERE (" + keys + ") > (" + marks + ")";
    String sql = "SELECT " + keys + ", " + column.column() + " FROM " + column.table() + where
        + " ORDER BY " + keys + " LIMIT " + limit;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      if (after != null) {
        for (int i = 0; i < after.size(); i++) {
          s.setString(i + 1, after.get(i));
        }
      }
      try (ResultSet r = s.executeQuery()) {
        List<WrappedCell> out = new ArrayList<>();
        int n = column.keyColumns().size();
        while (r.next()) {
          List<String> key = new ArrayList<>(n);
          for (int i = 1; i <= n; i++) {
            key.add(r.getString(i));
          }
          out.add(new WrappedCell(key, r.getBytes(n + 1)));
        }
        return out;
      }
    }
  }

  @Override
  public int replaceWrapped(WrappedColumn column, List<WrappedCell.Replacement> replacements) {
    String where = String.join(" AND ", column.keyColumns().stream().map(k -> k + " = ?").toList());
    String sql = "UPDATE " + column.table() + " SET " + column.column() + " = ? WHERE " + where
        + " AND " + column.column() + " = ?";
    return transaction("re-wrapping " + column.table(), false, c -> {
      int replaced = 0;
      try (PreparedStatement s = c.prepareStatement(sql)) {
        for (WrappedCell.Replacement r : replacements) {
          List<String> key = r.old().key();
          if (key.size() != column.keyColumns().size()) {
            throw new IllegalArgumentException("a cell's key does not match the column's key columns");
          }
          s.setBytes(1, r.wrapped());
          for (int i = 0; i < key.size(); i++) {
            s.setString(i + 2, key.get(i));
          }
          s.setBytes(key.size() + 2, r.old().wrapped());
          replaced += s.executeUpdate();
        }
      }
      return replaced;
    });
  }

  @Override
  public String toString() {
    return "JdbcMaintenance" + Arrays.toString(seedTables.toArray());
  }
}
