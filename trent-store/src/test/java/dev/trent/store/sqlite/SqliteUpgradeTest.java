package dev.trent.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.store.Store;
import dev.trent.store.StoredAccount;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * A store made before the identities landed already has V11 (settings) but not V10
 * (identities): opening it with this version adds the identity tables rather than refusing.
 */
class SqliteUpgradeTest {
  private static final List<String> BEFORE_IDENTITIES = List.of("V1__initial.sql",
      "V2__deleted_keys.sql", "V3__public_keys.sql", "V4__rotation.sql", "V5__import.sql",
      "V6__key_last_usage.sql", "V7__multiple_imported_materials.sql", "V8__usage_event_id.sql",
      "V11__store_settings.sql");

  @TempDir Path dataDir;
  @TempDir Path oldMigrations;

  @Test
  void storeAtV11WithoutV10_getsTheIdentityTablesWhenOpened() throws IOException {
    for (String name : BEFORE_IDENTITIES) {
      try (InputStream in = getClass().getResourceAsStream("/db/sqlite/" + name)) {
        Files.copy(in, oldMigrations.resolve(name));
      }
    }
    SQLiteDataSource old = new SQLiteDataSource();
    old.setUrl("jdbc:sqlite:" + dataDir.resolve(SqliteStore.FILE_NAME).toAbsolutePath());
    Flyway.configure().dataSource(old).locations("filesystem:" + oldMigrations).load().migrate();

    try (Store store = SqliteStore.open(dataDir)) {
      StoredAccount account = new StoredAccount("444455556666", Instant.ofEpochSecond(7));
      store.write(tx -> {
        tx.putAccount(account);
        return null;
      });

      Optional<StoredAccount> read = store.read(tx -> tx.account("444455556666"));
      assertThat(read).contains(account);
    }
  }
}
