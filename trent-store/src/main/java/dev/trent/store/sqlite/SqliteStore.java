package dev.trent.store.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.trent.store.ReadTransaction;
import dev.trent.store.Store;
import dev.trent.store.StoreUnavailableException;
import dev.trent.store.WriteTransaction;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded store: one SQLite database file in WAL mode with {@code synchronous=FULL}, so a
 * committed write survives a crash or power loss. Writers are serialized in-process (SQLite
 * allows one writer); readers run concurrently on pooled connections.
 */
public final class SqliteStore implements Store {
  public static final String FILE_NAME = "trent.db";

  private final HikariDataSource pool;
  private final ReentrantLock writeLock = new ReentrantLock();

  private SqliteStore(HikariDataSource pool) {
    this.pool = pool;
  }

  /** Opens (creating if needed) the database in {@code dataDir} and applies pending migrations. */
  public static SqliteStore open(Path dataDir) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(10_000);
    SQLiteDataSource sqlite = new SQLiteDataSource(config);
    sqlite.setUrl("jdbc:sqlite:" + dataDir.resolve(FILE_NAME).toAbsolutePath());
    Flyway.configure()
        .dataSource(sqlite)
        .locations("classpath:db/sqlite")
        .load()
        .migrate();
    HikariConfig hikari = new HikariConfig();
    hikari.setDataSource(sqlite);
    hikari.setPoolName("trent-sqlite");
    hikari.setMaximumPoolSize(8);
    hikari.setAutoCommit(false);
    return new SqliteStore(new HikariDataSource(hikari));
  }

  @Override
  public <T> T read(Function<ReadTransaction, T> work) {
    try (Connection c = pool.getConnection()) {
      try {
        return work.apply(new SqliteTransaction(c));
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw new StoreUnavailableException("SQLite read failed", e);
    }
  }

  @Override
  public <T> T write(Function<WriteTransaction, T> work) {
    writeLock.lock();
    try (Connection c = pool.getConnection()) {
      try {
        T result = work.apply(new SqliteTransaction(c));
        c.commit();
        return result;
      } catch (RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreUnavailableException("SQLite write failed", e);
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
