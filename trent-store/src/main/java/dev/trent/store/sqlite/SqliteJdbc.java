package dev.trent.store.sqlite;

import dev.trent.store.StoreConflictException;
import dev.trent.store.StoreUnavailableException;
import dev.trent.store.WriteTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** The JDBC plumbing of a SQLite transaction: queries, updates and the column conversions. */
abstract class SqliteJdbc implements WriteTransaction {
  final Connection connection;

  SqliteJdbc(Connection connection) {
    this.connection = connection;
  }

  interface Row<T> {
    T map(ResultSet r) throws SQLException;
  }

  final <T> List<T> query(String sql, Row<T> row, Object... args) {
    try (PreparedStatement s = prepare(sql, args); ResultSet r = s.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (r.next()) {
        out.add(row.map(r));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreUnavailableException("SQLite query failed", e);
    }
  }

  final int update(String sql, Object... args) {
    try (PreparedStatement s = prepare(sql, args)) {
      return s.executeUpdate();
    } catch (SQLiteException e) {
      // Only uniqueness is a conflict; NOT NULL, CHECK or foreign-key violations are our bugs.
      SQLiteErrorCode code = e.getResultCode();
      if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY
          || code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE) {
        throw new StoreConflictException("uniqueness conflict", e);
      }
      throw new StoreUnavailableException("SQLite update failed", e);
    } catch (SQLException e) {
      throw new StoreUnavailableException("SQLite update failed", e);
    }
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    PreparedStatement s = connection.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      s.setObject(i + 1, args[i]);
    }
    return s;
  }

  static Instant instant(ResultSet r, int column) throws SQLException {
    long value = r.getLong(column);
    return r.wasNull() ? null : Instant.ofEpochMilli(value);
  }

  static Long millis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }
}
