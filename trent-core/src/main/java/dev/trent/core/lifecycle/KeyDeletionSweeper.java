package dev.trent.core.lifecycle;

import dev.trent.core.key.KeyState;
import dev.trent.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes keys whose waiting period has passed. Each deletion re-checks the key in its own
 * transaction, so a CancelKeyDeletion that commits first always wins. Time comes from the
 * injected clock, so tests move it instead of waiting.
 */
public final class KeyDeletionSweeper implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KeyDeletionSweeper.class);
  private static final int BATCH = 500;

  private final Store store;
  private final Clock clock;
  private ScheduledExecutorService timer;

  public KeyDeletionSweeper(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Deletes every key due at the clock's current time; returns how many were deleted. */
  public int sweep() {
    Instant now = clock.instant();
    int deleted = 0;
    List<String> due;
    do {
      due = store.read(tx -> tx.keysDueForDeletion(now, BATCH));
      for (String keyId : due) {
        boolean gone = store.write(tx -> tx.key(keyId)
            .filter(k -> KeyState.of(k.keyState()) == KeyState.PENDING_DELETION)
            .filter(k -> k.deletionDate() != null && !k.deletionDate().isAfter(now))
            .map(k -> {
              tx.deleteKey(keyId);
              return true;
            })
            .orElse(false));
        if (gone) {
          deleted++;
          LOG.info("Deleted key {} at the end of its waiting period", keyId);
        }
      }
    } while (due.size() == BATCH);
    return deleted;
  }

  /** Sweeps every {@code interval} on a daemon thread until closed. */
  public synchronized void start(Duration interval) {
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "trent-key-deletion");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(this::sweepSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void sweepSafely() {
    try {
      sweep();
    } catch (RuntimeException e) {
      LOG.error("Key deletion sweep failed; retrying at the next interval", e);
    }
  }

  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
