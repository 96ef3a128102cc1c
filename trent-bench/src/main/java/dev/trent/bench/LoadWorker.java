package dev.trent.bench;

import io.netty.channel.EventLoop;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/** One event-loop thread's share of the connections; all its state is touched on that thread only. */
final class LoadWorker {
  final LoadGenerator.Spec spec;
  final EventLoop loop;
  private final int connections;
  private final AtomicLong budget;
  private final AtomicLong completed;
  private final AtomicLong responses;
  private final SigV4Signer signer;
  private final List<LoadConnection> conns = new ArrayList<>();
  final ArrayDeque<LoadConnection> idle = new ArrayDeque<>();
  final Histogram latency = new Histogram(LoadGenerator.HIGHEST_NANOS, 3);
  /** Rate-limited runs: how late after its due time each request left, the generator's own delay. */
  final Histogram sendLag = new Histogram(LoadGenerator.HIGHEST_NANOS, 3);
  final Map<Integer, Long> statuses = new TreeMap<>();
  final double periodNanos;
  long ok;
  long errors;
  String firstError;
  long[] perSecond = new long[64];
  private long start;
  private long measureStart;
  private long measureEnd;
  private long due;
  private long sent;
  private int outstanding;
  boolean issuing;
  private boolean finished;
  long lastCompletion;
  private CountDownLatch done;
  private volatile boolean pacing;

  LoadWorker(LoadGenerator.Spec spec, EventLoop loop, int connections, int threads, AtomicLong budget, AtomicLong completed,
      AtomicLong responses) {
    this.responses = responses;
    this.spec = spec;
    this.loop = loop;
    this.connections = connections;
    this.budget = budget;
    this.completed = completed;
    this.signer = new SigV4Signer(spec.credentials(), spec.endpoint());
    this.periodNanos = spec.ratePerSecond() > 0 ? 1e9 * threads / spec.ratePerSecond() : 0;
  }

  void connect() throws InterruptedException {
    for (int i = 0; i < connections; i++) {
      LoadConnection conn = new LoadConnection(this);
      conns.add(conn);
      conn.connect().sync();
    }
  }

  /** Runs on the loop: schedules the start, the end of sending, and for rate-limited runs the ticks. */
  void begin(long start, long measureStart, long measureEnd, CountDownLatch done) {
    this.start = start;
    this.measureStart = measureStart;
    this.measureEnd = measureEnd;
    this.done = done;
    this.lastCompletion = start;
    loop.schedule(this::go, Math.max(0, start - System.nanoTime()), TimeUnit.NANOSECONDS);
    if (measureEnd != Long.MAX_VALUE) {
      loop.schedule(this::stopSending, Math.max(0, measureEnd - System.nanoTime()), TimeUnit.NANOSECONDS);
    }
  }

  /** Runs on the loop: the measured window, once an adaptive warm-up is over. */
  void window(long measureStart, long measureEnd) {
    this.measureStart = measureStart;
    this.measureEnd = measureEnd;
    loop.schedule(this::stopSending, Math.max(0, measureEnd - System.nanoTime()), TimeUnit.NANOSECONDS);
  }

  private void go() {
    issuing = true;
    idle.addAll(conns);
    if (periodNanos > 0) {
      pace();
    } else {
      while (issuing && !idle.isEmpty()) {
        send(idle.poll(), System.nanoTime());
      }
    }
    finishIfDone();
  }

  /**
   * Wakes the loop at each request's due time. The loop's own timer cannot: NIO waits in whole
   * milliseconds, which would send requests up to a millisecond late in bursts, and that delay,
   * counted from the due time, would be charged to the server. A parked thread wakes within tens of
   * microseconds; what lateness remains is measured ({@link #sendLag}).
   */
  private void pace() {
    pacing = true;
    Thread pacer = new Thread(() -> {
      long next = 0;
      while (pacing) {
        long wait = intended(next) - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
          continue;
        }
        loop.execute(this::tick);
        next = (long) ((System.nanoTime() - start) / periodNanos) + 1;
      }
    }, "load-pacer");
    pacer.setDaemon(true);
    pacer.start();
  }

  private void tick() {
    if (!issuing) {
      return;
    }
    due = (long) ((System.nanoTime() - start) / periodNanos) + 1;
    while (issuing && sent < due && !idle.isEmpty()) {
      send(idle.poll(), intended(sent));
    }
  }

  private long intended(long index) {
    return start + (long) (index * periodNanos);
  }

  void send(LoadConnection conn, long intendedNanos) {
    if (!conn.usable()) {
      conn.reconnect();
      return;
    }
    if (budget.getAndDecrement() <= 0) {
      issuing = false;
      idle.add(conn);
      return;
    }
    sent++;
    outstanding++;
    if (periodNanos > 0) {
      long now = System.nanoTime();
      if (now >= measureStart && now <= measureEnd) {
        sendLag.recordValue(Math.min(LoadGenerator.HIGHEST_NANOS, Math.max(1, now - intendedNanos)));
      }
    }
    conn.send(signer.sign(spec.workload().next()), intendedNanos);
  }

  /** A response, or a failure, on {@code conn}. */
  void completed(LoadConnection conn, int status, byte[] body, String error) {
    long now = System.nanoTime();
    outstanding--;
    responses.incrementAndGet();
    lastCompletion = now;
    boolean inWindow = now >= measureStart && now <= measureEnd;
    if (spec.countMode() || inWindow) {
      if (error == null && status >= 200 && status < 300) {
        ok++;
        completed.incrementAndGet();
        latency.recordValue(Math.min(LoadGenerator.HIGHEST_NANOS, Math.max(1, now - conn.intendedNanos)));
        int second = (int) ((now - measureStart) / 1_000_000_000L);
        if (second >= 0) {
          if (second >= perSecond.length) {
            perSecond = Arrays.copyOf(perSecond, Math.max(second + 1, perSecond.length * 2));
          }
          perSecond[second]++;
        }
      } else {
        errors++;
        statuses.merge(error == null ? status : -1, 1L, Long::sum);
        if (firstError == null) {
          firstError = error != null ? error
              : "HTTP " + status + (body == null ? "" : " " + new String(body, java.nio.charset.StandardCharsets.UTF_8));
        }
      }
    }
    if (spec.sink() != null && error == null) {
      spec.sink().accept(status, body);
    }
    if (!issuing) {
      idle.add(conn);
    } else if (!conn.usable()) {
      conn.reconnect();
    } else if (periodNanos == 0) {
      send(conn, now);
    } else if (sent < due) {
      send(conn, intended(sent));
    } else {
      idle.add(conn);
    }
    finishIfDone();
  }

  private void stopSending() {
    issuing = false;
    pacing = false;
    finishIfDone();
  }

  void finishIfDone() {
    if (!issuing && outstanding == 0 && !finished) {
      finished = true;
      pacing = false;
      for (LoadConnection c : conns) {
        c.close();
      }
      done.countDown();
    }
  }

  void abandon() {
    issuing = false;
    pacing = false;
    outstanding = 0;
    finishIfDone();
  }
}
