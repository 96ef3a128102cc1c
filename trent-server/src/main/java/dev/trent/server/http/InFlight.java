package dev.trent.server.http;

import java.time.Duration;

/**
 * Counts requests received but not yet answered, so shutdown can wait for them; and says whether
 * shutdown has begun, so answers from then on tell the client not to reuse the connection.
 */
final class InFlight {
  private int count;
  private volatile boolean draining;

  synchronized void begin() {
    count++;
  }

  synchronized void end() {
    count--;
    if (count == 0) {
      notifyAll();
    }
  }

  /** From now on every answer closes its connection. */
  void startDraining() {
    draining = true;
  }

  boolean draining() {
    return draining;
  }

  synchronized void awaitZero(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (count > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return;
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
