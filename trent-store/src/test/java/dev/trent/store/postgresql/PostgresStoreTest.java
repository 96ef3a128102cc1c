package dev.trent.store.postgresql;

import static dev.trent.store.StoreFixtures.key;
import static dev.trent.store.StoreFixtures.keyId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.store.Store;
import dev.trent.store.StoreContract;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import dev.trent.store.jdbc.TransactionConnections;

/** {@link PostgresStore} passes the store contract on a real PostgreSQL server. */
class PostgresStoreTest extends StoreContract {
  private PostgresLocation location;

  @Override
  protected Store newStore() {
    location = TestPostgres.shared().newDatabase();
    return PostgresStore.open(location, null, 8);
  }

  @Test
  void closeAndReopen_keepsEverythingAndMigratesNothingTwice() {
    write(tx -> tx.insertKey(key(keyId(1))));

    store().close();
    useStore(PostgresStore.open(location, null, 8));

    assertThat(storedKey(keyId(1))).contains(key(keyId(1)));
  }

  @Test
  void migrations_mirrorEverySqliteMigration() throws SQLException {
    try (Connection c = DriverManager.getConnection(location.jdbcUrl(), TestPostgres.USER, null);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(
            "SELECT max(version::int), count(*) FROM flyway_schema_history WHERE success")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getInt(1)).isEqualTo(sqliteMigrationMax());
      assertThat(r.getInt(2)).isEqualTo(sqliteMigrationCount());
    }
  }

  @Test
  void storeSessions_commitSynchronously_atReadCommitted() {
    // The embedded server's own default is synchronous_commit=off: the store must override it.
    var settings = store().read(tx -> {
      try (Statement s = TransactionConnections.of(tx).createStatement()) {
        return java.util.List.of(show(s, "synchronous_commit"), show(s, "transaction_isolation"));
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });

    assertThat(settings).containsExactly("on", "read committed");
  }

  private static String show(Statement s, String name) throws SQLException {
    try (ResultSet r = s.executeQuery("SHOW " + name)) {
      assertThat(r.next()).isTrue();
      return r.getString(1);
    }
  }



  private static int sqliteMigrationMax() {
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of(
        PostgresStoreTest.class.getResource("/db/sqlite").toURI()))) {
      return files.map(f -> f.getFileName().toString()).filter(f -> f.matches("V\\d+__.*\\.sql"))
          .mapToInt(f -> Integer.parseInt(f.substring(1, f.indexOf("__")))).max().orElseThrow();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static int sqliteMigrationCount() {
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of(
        PostgresStoreTest.class.getResource("/db/sqlite").toURI()))) {
      return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
