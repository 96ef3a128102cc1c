package dev.trent.cli;

import dev.trent.store.Store;
import dev.trent.store.postgresql.PostgresLocation;
import dev.trent.store.postgresql.PostgresStore;
import dev.trent.store.sqlite.SqliteStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/** The store an operator command works on: SQLite in the data directory, or PostgreSQL. */
final class StoreOptions {
  static final String PASSWORD_ENV = "TRENT_STORE_PASSWORD";

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
      return PostgresStore.open(PostgresLocation.parse(location), password(passwordFile, env), 4);
    }
    Path dir = Path.of(location);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + dir, e);
    }
    return SqliteStore.open(dir);
  }

  private static String password(Path file, UnaryOperator<String> env) {
    if (file == null) {
      return env.apply(PASSWORD_ENV);
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the store password file " + file, e);
    }
  }
}
