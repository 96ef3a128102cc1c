package dev.trent.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JDBC plumbing every query class shares: runs a statement on the transaction's connection,
 * maps rows, converts columns, and turns {@link SQLException} into the store's exceptions through
 * the dialect. Valid only inside the transaction that owns the connection.
 */
public final class Sql {
  /** Rows sent to the database at once by {@link #batch}: bounds what the driver buffers. */
  private static final int BATCH_SIZE = 1000;

  private final ConnectionSource connection;
  private final SqlDialect dialect;

  public Sql(Connection connection, SqlDialect dialect) {
    this(() -> connection, dialect);
  }

  public Sql(ConnectionSource connection, SqlDialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  /** The transaction's connection, which may be taken only when the first statement needs it. */
  @FunctionalInterface
  public interface ConnectionSource {
    Connection connection() throws SQLException;
  }

  /** Maps one row of a result set. */
  public interface Row<T> {
    T map(ResultSet r) throws SQLException;
  }

  public SqlDialect dialect() {
    return dialect;
  }

  /** The transaction's connection, taken now if not yet; for the store's own tests. */
  Connection connection() throws SQLException {
    return connection.connection();
  }

  public <T> List<T> query(String sql, Row<T> row, Object... args) {
    try (PreparedStatement s = prepare(sql, args); ResultSet r = s.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (r.next()) {
        out.add(row.map(r));
      }
      return out;
    } catch (SQLException e) {
      throw dialect.translate(dialect.name() + " query failed", e);
    }
  }

  public <T> Optional<T> queryOne(String sql, Row<T> row, Object... args) {
    return query(sql, row, args).stream().findFirst();
  }

  /** Runs an INSERT, UPDATE or DELETE; returns the number of rows it changed. */
  public int update(String sql, Object... args) {
    try (PreparedStatement s = prepare(sql, args)) {
      return s.executeUpdate();
    } catch (SQLException e) {
      throw dialect.translate(dialect.name() + " update failed", e);
    }
  }

  /**
   * Runs one INSERT, UPDATE or DELETE for each of {@code rows} (its arguments), prepared once and
   * sent in batches: a flush of many rows is not a statement compiled, or a round trip, per row.
   */
  public void batch(String sql, List<Object[]> rows) {
    try (PreparedStatement s = connection.connection().prepareStatement(sql)) {
      int pending = 0;
      for (Object[] args : rows) {
        bind(s, args);
        s.addBatch();
        if (++pending == BATCH_SIZE) {
          s.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        s.executeBatch();
      }
    } catch (SQLException e) {
      throw dialect.translate(dialect.name() + " update failed", e);
    }
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    PreparedStatement s = connection.connection().prepareStatement(sql);
    try {
      bind(s, args);
      return s;
    } catch (SQLException | RuntimeException e) {
      s.close();
      throw e;
    }
  }

  private static void bind(PreparedStatement s, Object[] args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      s.setObject(i + 1, args[i]);
    }
  }


  /** An instant stored as epoch milliseconds, or null. */
  public static Instant instant(ResultSet r, int column) throws SQLException {
    long value = r.getLong(column);
    return r.wasNull() ? null : Instant.ofEpochMilli(value);
  }

  public static Long millis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }

  /** An INTEGER column that may be null. */
  public static Integer nullableInt(ResultSet r, int column) throws SQLException {
    int value = r.getInt(column);
    return r.wasNull() ? null : value;
  }
}
