package dev.trent.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The SQL of the {@code store_setting} table (migration V11), in the subset of SQL that SQLite and
 * PostgreSQL share. Every statement runs in the caller's transaction.
 */
final class SettingsQueries {
  private SettingsQueries() {}

  static Optional<String> get(Connection c, String name) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT value FROM store_setting WHERE name = ?")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  /** Sets the value, inserting the row or replacing it; never changes an absent/present check. */
  static void put(Connection c, String name, String value) throws SQLException {
    int updated;
    try (PreparedStatement s = c.prepareStatement("UPDATE store_setting SET value = ? WHERE name = ?")) {
      s.setString(1, value);
      s.setString(2, name);
      updated = s.executeUpdate();
    }
    if (updated == 0) {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO store_setting (name, value) VALUES (?, ?)")) {
        s.setString(1, name);
        s.setString(2, value);
        s.executeUpdate();
      }
    }
  }

  static void delete(Connection c, String name) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM store_setting WHERE name = ?")) {
      s.setString(1, name);
      s.executeUpdate();
    }
  }

  static long count(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM store_setting");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }
}
