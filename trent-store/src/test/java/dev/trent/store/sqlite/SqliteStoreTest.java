package dev.trent.store.sqlite;

import static dev.trent.store.StoreFixtures.ACCOUNT;
import static dev.trent.store.StoreFixtures.REGION;
import static dev.trent.store.StoreFixtures.alias;
import static dev.trent.store.StoreFixtures.key;
import static dev.trent.store.StoreFixtures.keyId;
import static dev.trent.store.StoreFixtures.material;
import static dev.trent.store.StoreFixtures.materialId;
import static dev.trent.store.StoreFixtures.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.store.Store;
import dev.trent.store.StoreContract;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.trent.store.jdbc.TransactionConnections;

/** {@link SqliteStore} passes the store contract, and is durable across restarts. */
class SqliteStoreTest extends StoreContract {
  @TempDir Path dataDir;

  @Override
  protected Store newStore() {
    return SqliteStore.open(dataDir);
  }

  @Test
  void closeAndReopen_keepsEverything() {
    byte[] wrapped = {9, 8, 7, 0, -1};
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertMaterial(material(keyId(1), materialId(1), wrapped));
      tx.insertAlias(alias("alias/payments", keyId(1)));
      tx.putTag(tag(keyId(1), "env", "prod"));
      tx.insertKey(key(keyId(2)));
    });
    write(tx -> tx.deleteKey(keyId(2)));
    List<Object> before = everything();

    store().close();
    useStore(SqliteStore.open(dataDir));

    assertThat(everything()).isEqualTo(before);
    assertThat(storedMaterial(keyId(1), materialId(1)).orElseThrow().wrapped())
        .isEqualTo(wrapped);
  }

  @Test
  void databaseFile_isInWalModeWithFullSynchronous() throws SQLException {
    write(tx -> tx.insertKey(key(keyId(1))));

    try (Connection plain = DriverManager.getConnection(
            "jdbc:sqlite:" + dataDir.resolve(SqliteStore.FILE_NAME).toAbsolutePath());
        Statement statement = plain.createStatement()) {
      // journal_mode=WAL is stored in the database file, so any connection reports it.
      assertThat(pragma(statement, "journal_mode")).isEqualTo("wal");
      // synchronous is per connection: a plain connection shows the library default (FULL = 2
      // in xerial's build); the test below checks the store's own connections.
      assertThat(pragma(statement, "synchronous")).isEqualTo("2");
    }
  }

  @Test
  void storeConnections_runWithFullSynchronousAndForeignKeys() {
    // The store exposes no connection, so this reads the one held by its transaction.
    List<String> settings = store().read(tx -> {
      try (Statement statement = TransactionConnections.of(tx).createStatement()) {
        return List.of(pragma(statement, "synchronous"), pragma(statement, "foreign_keys"),
            pragma(statement, "journal_mode"));
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });

    assertThat(settings).containsExactly("2", "1", "wal");
  }

  private List<Object> everything() {
    return read(tx -> List.of(
        tx.keys(ACCOUNT, REGION, null, 100),
        tx.material(keyId(1), materialId(1)),
        tx.aliases(ACCOUNT, REGION, null, null, 100),
        tx.tags(keyId(1)),
        tx.wasDeleted(keyId(2))));
  }

  private static String pragma(Statement statement, String name) throws SQLException {
    try (ResultSet result = statement.executeQuery("PRAGMA " + name)) {
      assertThat(result.next()).isTrue();
      return result.getString(1);
    }
  }
}
