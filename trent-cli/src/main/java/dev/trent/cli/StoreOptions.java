package dev.trent.cli;

import dev.trent.server.config.StoreConfig;
import dev.trent.store.Store;
import dev.trent.store.postgresql.PostgresLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/** The store an operator command works on: SQLite in the data directory, or PostgreSQL. */
final class StoreOptions {
  private static final int CONNECTIONS = 4;

  @Option(names = "--data-dir", description = "Trent's data directory (default: ./trent-data): the SQLite"
      + " database and the file root key.")
  Path dataDir = Path.of("trent-data");

  @Option(names = "--store", description = "postgresql://user@host:port/db for a PostgreSQL store"
      + " (password from TRENT_STORE_PASSWORD or --store-password-file); default: SQLite in the data directory.")
  String store;

  @Option(names = "--store-password-file", description = "File holding the PostgreSQL password.")
  Path storePasswordFile;

  Store open() {
    return open(store != null ? store : dataDir.toString(), storePasswordFile, System::getenv);
  }

  /** Opens (creating and migrating if needed) a store named by a directory or a PostgreSQL URL. */
  static Store open(String location, Path passwordFile, UnaryOperator<String> env) {
    if (PostgresLocation.isPostgres(location)) {
      return new StoreConfig(location, passwordFile).open(Path.of("."), CONNECTIONS, env);
    }
    Path dir = Path.of(location);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + dir, e);
    }
    return StoreConfig.sqlite().open(dir, CONNECTIONS, env);
  }
}
