package dev.trent.store.postgresql;

import dev.trent.store.StoreChange;
import dev.trent.store.jdbc.ChangeFanout;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.PGProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the changes other nodes commit: one connection of its own, outside the pool, that LISTENs
 * on {@link #CHANNEL}; {@link PostgresStore} NOTIFYs in every write transaction that changed
 * something a cache may hold, and PostgreSQL delivers a notification only once that transaction
 * commits. A notification takes milliseconds, well inside the 2 seconds a node has to enforce a
 * change made on another node.
 *
 * <p>Notifications sent while no connection listens are lost, so whenever the listener is not
 * known to be listening (connecting, reconnecting, the database away) it publishes {@link
 * StoreChange#ANYTHING} every {@link #DEAF_INTERVAL_MILLIS} ms: caches then serve nothing older
 * than that. A heartbeat query every second notices a connection that died silently.
 */
final class PostgresChangeListener implements AutoCloseable {
  static final String CHANNEL = "trent_changes";
  private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeListener.class);
  private static final int DEAF_INTERVAL_MILLIS = 250;
  private static final int HEARTBEAT_MILLIS = 1_000;

  private final String jdbcUrl;
  private final Properties properties;
  private final ChangeFanout fanout;
  private final String origin;
  private final Thread thread;
  private volatile boolean closed;
  private volatile Connection current;

  /** {@code origin}: the id this node's store puts first in its notifications, skipped here. */
  PostgresChangeListener(String jdbcUrl, String user, String password, ChangeFanout fanout,
      String origin) {
    this.origin = origin;
    this.jdbcUrl = jdbcUrl;
    this.properties = new Properties();
    PGProperty.USER.set(properties, user);
    if (password != null) {
      PGProperty.PASSWORD.set(properties, password);
    }
    PGProperty.CONNECT_TIMEOUT.set(properties, 2);
    PGProperty.SOCKET_TIMEOUT.set(properties, 3);
    PGProperty.TCP_KEEP_ALIVE.set(properties, true);
    PGProperty.APPLICATION_NAME.set(properties, "trent-change-listener");
    this.fanout = fanout;
    this.thread = new Thread(this::run, "trent-pg-changes");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void run() {
    boolean wasListening = true;
    while (!closed) {
      try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl, properties)) {
        current = c;
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + CHANNEL);
        }
        // Whatever was committed while we were not listening is unknown: drop it all once more.
        fanout.publish(StoreChange.ANYTHING);
        if (!wasListening) {
          LOG.info("Listening for store changes again");
        }
        wasListening = true;
        listen(c);
      } catch (SQLException | RuntimeException e) {
        if (closed) {
          return;
        }
        if (wasListening) {
          LOG.warn("Not hearing store changes ({}); caches are bypassed until listening again",
              e.getMessage());
        }
        wasListening = false;
        fanout.publish(StoreChange.ANYTHING);
        pause();
      } finally {
        current = null;
      }
    }
  }

  private void listen(Connection c) throws SQLException {
    PGConnection pg = c.unwrap(PGConnection.class);
    long nextHeartbeat = System.nanoTime() + HEARTBEAT_MILLIS * 1_000_000L;
    while (!closed) {
      PGNotification[] notes = pg.getNotifications(DEAF_INTERVAL_MILLIS);
      if (notes != null) {
        for (PGNotification note : notes) {
          String[] lines = note.getParameter().split("\n");
          if (lines[0].equals(origin)) {
            continue; // our own change, published to our listeners when it committed
          }
          for (int i = 1; i < lines.length; i++) {
            fanout.publish(StoreChange.decode(lines[i]));
          }
        }
      }
      if (System.nanoTime() - nextHeartbeat > 0) {
        try (Statement s = c.createStatement()) {
          s.execute("SELECT 1");
        }
        nextHeartbeat = System.nanoTime() + HEARTBEAT_MILLIS * 1_000_000L;
      }
    }
  }

  private void pause() {
    try {
      Thread.sleep(DEAF_INTERVAL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    }
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    Connection c = current;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        LOG.debug("Closing the change listener's connection failed", e);
      }
    }
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
