package dev.trent.core.lifecycle;

import dev.trent.core.events.KeyEventPublisher;
import dev.trent.core.key.MaterialRotation;
import dev.trent.core.key.MaterialVault;
import dev.trent.core.usage.KeyUsageLog;
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
 * The one scheduler of a key's life: deletion at the end of the waiting period, expiry of imported
 * material at its ValidTo, and automatic rotation. Due dates live in the store, never in memory,
 * so work that fell due while the server was down runs at its first run after start; every item
 * is claimed in the store, so it runs once. Time comes from the injected clock, so tests move it
 * instead of waiting. Thread-safe.
 */
public final class LifecycleScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LifecycleScheduler.class);

  private final Clock clock;
  private final List<DueWork> work;
  private final KeyUsageLog usage;
  private final KeyEventPublisher events;
  private ScheduledExecutorService timer;

  /** {@code usage} is flushed at every run and at close, beside the due work. */
  public LifecycleScheduler(Store store, MaterialVault vault, KeyUsageLog usage, Clock clock) {
    this(store, vault, usage, clock, KeyEventPublisher.NONE);
  }

  /**
   * Each deletion, expiry and automatic rotation is published to {@code events} once committed.
   * Closing the scheduler closes {@code events} too when it is {@link AutoCloseable}.
   */
  public LifecycleScheduler(Store store, MaterialVault vault, KeyUsageLog usage, Clock clock,
      KeyEventPublisher events) {
    this.clock = clock;
    this.usage = usage;
    this.events = events;
    this.work = List.of(new DueDeletions(store, events), new DueExpiries(store, events),
        new DueRotations(store, new MaterialRotation(vault), events));
  }

  /** Runs all due work at the clock's current time; returns how many items were handled. */
  public synchronized int runDue() {
    Instant now = clock.instant();
    int handled = 0;
    for (DueWork w : work) {
      try {
        handled += w.runDue(now);
      } catch (RuntimeException e) {
        // One kind of work failing (e.g. a store hiccup) must not starve the others.
        LOG.error("Scheduled {} failed; retrying at the next run", w.name(), e);
      }
    }
    try {
      usage.flush();
    } catch (RuntimeException e) {
      LOG.warn("Flushing key usage failed; keeping it for the next run", e);
    }
    return handled;
  }

  /** Runs now, then every {@code interval} on a daemon thread until closed. */
  public synchronized void start(Duration interval) {
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "trent-lifecycle");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(this::runSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void runSafely() {
    try {
      runDue();
    } catch (RuntimeException e) {
      LOG.error("Scheduled run failed; retrying at the next interval", e);
    }
  }

  @Override
  public void close() {
    ScheduledExecutorService t;
    synchronized (this) {
      t = timer;
    }
    if (t != null) {
      t.shutdownNow();
    }
    usage.close();
    if (events instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        LOG.warn("Closing the event sinks failed", e);
      }
    }
  }
}
