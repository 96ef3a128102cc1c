package dev.trent.store.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.trent.store.ChangeFeed;
import dev.trent.store.InlineScope;
import dev.trent.store.ReadTransaction;
import dev.trent.store.Store;
import dev.trent.store.StoreMaintenance;
import dev.trent.store.StoreUnavailableException;
import dev.trent.store.WriteTransaction;
import dev.trent.store.jdbc.JdbcMaintenance;
import dev.trent.store.jdbc.ChangeFanout;
import dev.trent.store.jdbc.JdbcReads;
import dev.trent.store.jdbc.ReadConnection;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded store: one SQLite database file in WAL mode with {@code synchronous=FULL}, so a
 * committed write survives a crash or power loss. SQLite allows one writer: writes go through a
 * {@link GroupCommitter}, which commits all waiting writes together with one fsync; readers run
 * concurrently on pooled connections. Every query is the shared one of {@link dev.trent.store.jdbc}.
 */
public final class SqliteStore implements Store {
  public static final String FILE_NAME = "trent.db";
  /** Tables whose rows the migrations insert (V6: when usage tracking began). */
  static final Set<String> SEED_TABLES = Set.of("feature_start");

  private final HikariDataSource pool;
  private final ChangeFanout changes = new ChangeFanout();
  private final GroupCommitter committer;

  private SqliteStore(HikariDataSource pool) {
    this.pool = pool;
    this.committer = new GroupCommitter(pool, changes);
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
        // Record kinds land with the version numbers they reserved (V10 identities after V11
        // settings): a store that already has a later one still gets an earlier one.
        .outOfOrder(true)
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
    try (ReadConnection c = new ReadConnection(pool)) {
      return work.apply(new JdbcReads(c, SqliteDialect.INSTANCE));
    } catch (SQLException e) {
      throw new StoreUnavailableException("SQLite read failed", e);
    }
  }

  /** Runs {@code work} in the next group commit and returns once that commit is durable. */
  @Override
  public <T> T write(Function<WriteTransaction, T> work) {
    InlineScope.refuseBlocking();
    return committer.submit(work);
  }

  /**
   * Maintenance through the pool, outside the group committer: its writes are the operator
   * commands', and SQLite's lock orders them with the committer's.
   */
  @Override
  public StoreMaintenance maintenance() {
    return new JdbcMaintenance(pool, SEED_TABLES);
  }

  /** Changes of this store: one process owns a SQLite file, so every change is made here. */
  @Override
  public ChangeFeed changes() {
    return changes;
  }

  @Override
  public void close() {
    committer.close();
    pool.close();
  }
}
