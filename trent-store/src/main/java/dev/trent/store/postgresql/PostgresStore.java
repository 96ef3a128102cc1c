package dev.trent.store.postgresql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.trent.store.ChangeFeed;
import dev.trent.store.InlineScope;
import dev.trent.store.ReadTransaction;
import dev.trent.store.Store;
import dev.trent.store.StoreChange;
import dev.trent.store.StoreMaintenance;
import dev.trent.store.WriteTransaction;
import dev.trent.store.jdbc.ChangeFanout;
import dev.trent.store.jdbc.JdbcMaintenance;
import dev.trent.store.jdbc.JdbcReads;
import dev.trent.store.jdbc.ReadConnection;
import dev.trent.store.jdbc.JdbcWrites;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store shared by several Trent nodes: PostgreSQL through a HikariCP pool, schema by the
 * Flyway migrations in {@code db/postgresql} (one per SQLite migration, same version numbers;
 * concurrent starts are serialized by Flyway's advisory lock).
 *
 * <p>Consistency: transactions run at READ COMMITTED. What AWS promises unique (alias names per
 * account and region, key ids, rotation steps, one pending import) is a primary key or unique
 * index, so of two nodes racing, one commit fails with a {@link
 * dev.trent.store.StoreConflictException}. Read-check-write sequences on a key (state changes,
 * scheduled deletion and expiry) lock the key row when they read it ({@code SELECT ... FOR
 * UPDATE}), and updates of a key are optimistic on its version; the due-rotation claim is one
 * conditional UPDATE. SERIALIZABLE is not used: it would add retries to every write for
 * guarantees these row locks and constraints already give.
 *
 * <p>Durability: {@code synchronous_commit=on} for every session, so a {@code write} returns only
 * once its commit is flushed to the WAL (and to synchronous standbys, where configured).
 * PostgreSQL flushes concurrent commits together, so unlike SQLite no group commit is needed here.
 *
 * <p>Faults: a connection is awaited at most {@link #CONNECTION_TIMEOUT}; then, as for any
 * failure to reach the database, {@link dev.trent.store.StoreUnavailableException}. Broken
 * connections are evicted by the pool, so the store recovers by itself when the database returns.
 * A commit whose outcome is unknown is reported as a failure, never as success.
 */
public final class PostgresStore implements Store {
  /** How long a request waits for a connection before it fails (DependencyTimeoutException). */
  public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(2);
  /** The longest a statement may wait on the network; bounds a request when the database hangs. */
  private static final int SOCKET_TIMEOUT_SECONDS = 10;
  /** PostgreSQL's limit on a NOTIFY payload is 8000 bytes; keep well under it. */
  private static final int MAX_NOTIFY_PAYLOAD = 7_000;
  private static final Logger LOG = LoggerFactory.getLogger(PostgresStore.class);

  private final HikariDataSource pool;
  private final ChangeFanout changes;
  private final PostgresChangeListener listener;
  private final String origin;

  private PostgresStore(HikariDataSource pool, ChangeFanout changes, PostgresChangeListener listener,
      String origin) {
    this.pool = pool;
    this.changes = changes;
    this.listener = listener;
    this.origin = origin;
  }

  /**
   * Connects, applies pending migrations and starts listening for other nodes' changes.
   *
   * @param password null when the server needs none (e.g. trust or certificate authentication)
   * @param poolSize connections this node may hold; at least the number of request workers
   * @throws dev.trent.store.StoreUnavailableException or a Flyway exception when the database
   *     cannot be reached or migrated
   */
  public static PostgresStore open(PostgresLocation location, String password, int poolSize) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(location.jdbcUrl());
    hikari.setUsername(location.user());
    hikari.setPassword(password);
    hikari.setPoolName("trent-postgresql");
    hikari.setMaximumPoolSize(poolSize);
    hikari.setAutoCommit(false);
    hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    hikari.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
    hikari.setValidationTimeout(1_000);
    hikari.addDataSourceProperty("connectTimeout", "2");
    hikari.addDataSourceProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
    hikari.addDataSourceProperty("tcpKeepAlive", "true");
    hikari.addDataSourceProperty("ApplicationName", "trent");
    hikari.addDataSourceProperty("options", "-c synchronous_commit=on");
    HikariDataSource pool = new HikariDataSource(hikari);
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations("classpath:db/postgresql")
          // Record kinds land with the version numbers they reserved (V10 identities after V11
          // settings): a store that already has a later one still gets an earlier one.
          .outOfOrder(true)
          .load()
          .migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    ChangeFanout changes = new ChangeFanout();
    // Names this store's notifications, so its listener skips its own changes (already published).
    String origin = java.util.UUID.randomUUID().toString();
    PostgresChangeListener listener =
        new PostgresChangeListener(location.jdbcUrl(), location.user(), password, changes, origin);
    listener.start();
    LOG.info("PostgreSQL store {}", location);
    return new PostgresStore(pool, changes, listener, origin);
  }

  @Override
  public <T> T read(Function<ReadTransaction, T> work) {
    try (ReadConnection c = new ReadConnection(pool)) {
      return work.apply(new JdbcReads(c, PostgresDialect.INSTANCE));
    } catch (SQLException e) {
      throw PostgresDialect.INSTANCE.translate("PostgreSQL read failed", e);
    }
  }

  /**
   * Runs {@code work} in its own transaction; NOTIFYs what it changed inside that transaction (so
   * other nodes hear it exactly when it commits), commits, and publishes the changes to this
   * node's listeners before returning.
   */
  @Override
  public <T> T write(Function<WriteTransaction, T> work) {
    InlineScope.refuseBlocking();
    T result;
    List<StoreChange> changed;
    try (Connection c = pool.getConnection()) {
      try {
        JdbcWrites tx = new JdbcWrites(c, PostgresDialect.INSTANCE);
        result = work.apply(tx);
        changed = tx.changes();
        notifyOthers(c, origin, changed);
        c.commit();
      } catch (RuntimeException | Error | SQLException e) {
        rollbackQuietly(c);
        throw e;
      }
    } catch (SQLException e) {
      throw PostgresDialect.INSTANCE.translate("PostgreSQL write failed", e);
    }
    changes.publish(changed);
    return result;
  }

  /** Payload: the origin on the first line, then one encoded change per line. */
  private static void notifyOthers(Connection c, String origin, List<StoreChange> changed)
      throws SQLException {
    if (changed.isEmpty()) {
      return;
    }
    StringBuilder payload = new StringBuilder(origin);
    try (PreparedStatement s = c.prepareStatement("SELECT pg_notify('"
        + PostgresChangeListener.CHANNEL + "', ?)")) {
      for (StoreChange change : changed) {
        String line = change.encode();
        if (payload.length() + line.length() + 1 > MAX_NOTIFY_PAYLOAD) {
          s.setString(1, payload.toString());
          s.execute();
          payload.setLength(0);
          payload.append(origin);
        }
        payload.append('\n').append(line);
      }
      s.setString(1, payload.toString());
      s.execute();
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException e) {
      LOG.debug("Rollback failed; the pool discards the connection", e);
    }
  }

  /** Settings, snapshots and re-wrapping through the pool (V6 seeds {@code feature_start}). */
  @Override
  public StoreMaintenance maintenance() {
    return new JdbcMaintenance(pool, Set.of("feature_start"));
  }

  @Override
  public ChangeFeed changes() {
    return changes;
  }

  @Override
  public void close() {
    listener.close();
    pool.close();
  }
}
