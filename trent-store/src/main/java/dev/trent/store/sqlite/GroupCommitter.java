package dev.trent.store.sqlite;

import dev.trent.store.StoreUnavailableException;
import dev.trent.store.WriteTransaction;
import dev.trent.store.jdbc.ChangeFanout;
import dev.trent.store.jdbc.JdbcWrites;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: the one SQLite writer runs every write that is waiting as its own savepoint inside
 * one transaction, then commits (one fsync) and only then answers each caller. A write that throws
 * is rolled back to its savepoint alone; the others still commit. Callers see the semantics of one
 * transaction each, at the cost of one fsync per batch instead of per write.
 *
 * <p>Write callbacks run on the writer thread: they must not call {@code write} themselves (that
 * would wait for its own batch). A caller waits for the outcome without giving up on interrupt,
 * because an abandoned write may still commit and a retry would then apply it twice.
 */
final class GroupCommitter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GroupCommitter.class);
  private static final int MAX_BATCH = 256;

  private record Pending(Function<WriteTransaction, ?> work, CompletableFuture<Object> result) {}

  private record Failure(Throwable error) {}

  private record Done(Object result, JdbcWrites tx) {}

  private final DataSource dataSource;
  private final ChangeFanout changes;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean closed;

  /** Each committed write's changes are published to {@code changes} before its caller returns. */
  GroupCommitter(DataSource dataSource, ChangeFanout changes) {
    this.dataSource = dataSource;
    this.changes = changes;
    this.writer = new Thread(this::run, "trent-sqlite-writer");
    writer.setDaemon(true);
    writer.start();
  }

  @SuppressWarnings("unchecked")
  <T> T submit(Function<WriteTransaction, T> work) {
    CompletableFuture<Object> result = new CompletableFuture<>();
    queue.add(new Pending(work, result));
    if (closed) {
      failQueued();
    }
    try {
      return (T) awaitUninterruptibly(result);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new StoreUnavailableException("SQLite write failed", e.getCause());
    }
  }

  private static Object awaitUninterruptibly(CompletableFuture<Object> result) throws ExecutionException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return result.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void run() {
    List<Pending> batch = new ArrayList<>();
    while (!closed) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        continue;
      }
      queue.drainTo(batch, MAX_BATCH - 1);
      try {
        commit(batch);
      } catch (Throwable t) {
        // The writer must never die: a dead writer would leave every later caller waiting.
        LOG.error("Group commit failed unexpectedly", t);
        batch.forEach(p -> p.result().completeExceptionally(t));
      }
      batch.clear();
    }
    failQueued();
  }

  private void commit(List<Pending> batch) {
    List<Object> results = new ArrayList<>(batch.size());
    try (Connection c = dataSource.getConnection()) {
      for (Pending p : batch) {
        results.add(runOne(c, p));
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      LOG.error("Group commit of {} writes failed", batch.size(), e);
      StoreUnavailableException failure = new StoreUnavailableException("SQLite commit failed", e);
      batch.forEach(p -> p.result().completeExceptionally(failure));
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      Object r = results.get(i);
      if (r instanceof Failure f) {
        batch.get(i).result().completeExceptionally(f.error());
      } else {
        Done done = (Done) r;
        changes.publish(done.tx().changes());
        batch.get(i).result().complete(done.result());
      }
    }
  }

  private static Object runOne(Connection c, Pending p) throws SQLException {
    Savepoint savepoint = c.setSavepoint();
    try {
      // One transaction object per write, so each write's changes are published only if it stays.
      JdbcWrites tx = new JdbcWrites(c, SqliteDialect.INSTANCE);
      Object result = p.work().apply(tx);
      c.releaseSavepoint(savepoint);
      return new Done(result, tx);
    } catch (RuntimeException | Error e) {
      c.rollback(savepoint);
      c.releaseSavepoint(savepoint);
      return new Failure(e);
    }
  }

  private void failQueued() {
    StoreUnavailableException closedError = new StoreUnavailableException("the store is closed", null);
    for (Pending p; (p = queue.poll()) != null; ) {
      p.result().completeExceptionally(closedError);
    }
  }

  /** Finishes the batch in progress, then refuses what is still queued. */
  @Override
  public void close() {
    closed = true;
    writer.interrupt();
    try {
      writer.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    failQueued();
  }
}
