package dev.trent.server.config;

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

/**
 * Which store a node uses: SQLite in the data directory (the default, one node), or a PostgreSQL
 * database several nodes share ({@code --store postgresql://user@host:port/db?sslmode=...}). The
 * database password comes from the environment variable {@link #PASSWORD_ENV} or from {@code
 * passwordFile}, never from the URL or the configuration file itself.
 *
 * @param url null for SQLite in the data directory; else a {@code postgresql://} URL
 * @param passwordFile a file holding the PostgreSQL password (trailing newline ignored), or null
 */
public record StoreConfig(String url, Path passwordFile) {
  public static final String PASSWORD_ENV = "TRENT_STORE_PASSWORD";

  public StoreConfig {
    if (url != null) {
      PostgresLocation.parse(url); // refuse a bad URL at configuration time, not at start
    }
  }

  public static StoreConfig sqlite() {
    return new StoreConfig(null, null);
  }

  public boolean isPostgres() {
    return url != null;
  }

  /** Where the store is, for the start-up line: never the password. */
  public String describe(Path dataDir) {
    return url == null ? "sqlite " + dataDir.resolve(SqliteStore.FILE_NAME).toAbsolutePath()
        : "postgresql " + PostgresLocation.parse(url);
  }

  /**
   * Opens the store, applying pending migrations.
   *
   * @param connections PostgreSQL connections this node may hold
   * @param env the process environment ({@code System::getenv}), a parameter for tests
   * @throws IllegalStateException when the PostgreSQL store cannot be reached or migrated
   */
  public Store open(Path dataDir, int connections, UnaryOperator<String> env) {
    if (url == null) {
      return SqliteStore.open(dataDir);
    }
    PostgresLocation location = PostgresLocation.parse(url);
    try {
      return PostgresStore.open(location, password(env), connections);
    } catch (RuntimeException e) {
      // The driver's messages name host, port and database, never the password.
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      throw new IllegalStateException("cannot open the PostgreSQL store " + location + ": "
          + root.getMessage(), e);
    }
  }

  /** The password: from {@code passwordFile} when set, else from {@link #PASSWORD_ENV}; may be null. */
  String password(UnaryOperator<String> env) {
    if (passwordFile != null) {
      try {
        return Files.readString(passwordFile, StandardCharsets.UTF_8).stripTrailing();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the store password file " + passwordFile, e);
      }
    }
    return env.apply(PASSWORD_ENV);
  }
}
