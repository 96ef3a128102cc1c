package dev.trent.bench;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.HdrHistogram.Histogram;

/**
 * A load generator for one endpoint: a fixed number of keep-alive connections over Netty NIO, each
 * with at most one request outstanding, every request SigV4-signed as it is sent.
 *
 * <p>Three modes. <b>Max</b> (closed loop, no rate): each connection sends its next request as soon
 * as the previous answer arrives; after a warm-up, responses completing within the measured window
 * are counted. <b>Rate-limited</b>: requests are due at a constant rate and latency counts from
 * when a request was due, not when a connection was free to send it (no coordinated omission).
 * <b>Count</b> (no duration): sends {@code maxRequests} requests, optionally stopping early at
 * {@code timeLimit}; used to create keys, with a sink receiving the response bodies.
 */
public final class LoadGenerator {
  static final long HIGHEST_NANOS = TimeUnit.MINUTES.toNanos(10);

  /** Receives the status and body of every response in count mode; called on event-loop threads. */
  public interface Sink {
    void accept(int status, byte[] body);
  }

  /**
   * @param duration measured window; null for count mode
   * @param ratePerSecond 0 for as fast as the connections go
   * @param maxRequests count mode: requests to send (0: no bound, then {@code timeLimit} must be set)
   * @param timeLimit count mode: stop sending after this long (null: no bound)
   * @param serverPid the server process, for its CPU time; 0 when unknown
   * @param progress count mode: told the number of successful responses about every ten seconds
   * @param maxWarmup when longer than {@code warmup}, the warm-up goes on past {@code warmup} until
   *     the request rate is steady (two successive 5-second rates within 3%), for at most this long
   */
  public record Spec(
      Endpoint endpoint,
      Credentials credentials,
      Workload workload,
      int concurrency,
      int threads,
      Duration warmup,
      Duration duration,
      double ratePerSecond,
      long maxRequests,
      Duration timeLimit,
      Sink sink,
      long serverPid,
      LongConsumer progress,
      Duration maxWarmup) {

    public static Spec measured(Endpoint endpoint, Credentials credentials, Workload workload,
        int concurrency, int threads, Duration warmup, Duration maxWarmup, Duration duration, long serverPid) {
      return new Spec(endpoint, credentials, workload, concurrency, threads, warmup, duration, 0, 0,
          null, null, serverPid, null, maxWarmup);
    }

    public static Spec count(Endpoint endpoint, Credentials credentials, Workload workload,
        int concurrency, int threads, long maxRequests, Duration timeLimit, Sink sink, long serverPid,
        LongConsumer progress) {
      return new Spec(endpoint, credentials, workload, concurrency, threads, Duration.ZERO, null, 0,
          maxRequests, timeLimit, sink, serverPid, progress, null);
    }

    public Spec atRate(double rate) {
      return new Spec(endpoint, credentials, workload, concurrency, threads, warmup, duration, rate,
          maxRequests, timeLimit, sink, serverPid, progress, null);
    }

    boolean countMode() {
      return duration == null;
    }

    boolean adaptiveWarmup() {
      return !countMode() && maxWarmup != null && maxWarmup.compareTo(warmup) > 0;
    }
  }

  private LoadGenerator() {}

  public static LoadResult run(Spec spec) throws InterruptedException {
    if (spec.countMode() && spec.maxRequests() <= 0 && spec.timeLimit() == null) {
      throw new IllegalArgumentException("count mode needs maxRequests or timeLimit");
    }
    int threads = Math.max(1, Math.min(spec.threads(), spec.concurrency()));
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
    try {
      AtomicLong budget = new AtomicLong(spec.maxRequests() > 0 ? spec.maxRequests() : Long.MAX_VALUE);
      AtomicLong completed = new AtomicLong();
      AtomicLong responses = new AtomicLong();
      List<LoadWorker> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int connections = spec.concurrency() / threads + (i < spec.concurrency() % threads ? 1 : 0);
        workers.add(new LoadWorker(spec, group.next(), connections, threads, budget, completed, responses));
      }
      for (LoadWorker w : workers) {
        w.connect();
      }
      int requestBytes = new SigV4Signer(spec.credentials(), spec.endpoint()).sign(spec.workload().next()).length;
      long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
      CountDownLatch done = new CountDownLatch(workers.size());
      long measureStart;
      long measureEnd;
      if (spec.adaptiveWarmup()) {
        // Nothing is counted until the warm-up is judged over; then every worker gets the window.
        for (LoadWorker w : workers) {
          w.loop.execute(() -> w.begin(start, Long.MAX_VALUE, Long.MAX_VALUE, done));
        }
        measureStart = awaitSteadyRate(responses, start, spec) + TimeUnit.MILLISECONDS.toNanos(50);
        measureEnd = measureStart + spec.duration().toNanos();
        for (LoadWorker w : workers) {
          w.loop.execute(() -> w.window(measureStart, measureEnd));
        }
      } else {
        measureStart = start + spec.warmup().toNanos();
        measureEnd = spec.countMode()
            ? (spec.timeLimit() == null ? Long.MAX_VALUE : start + spec.timeLimit().toNanos())
            : measureStart + spec.duration().toNanos();
        for (LoadWorker w : workers) {
          w.loop.execute(() -> w.begin(start, measureStart, measureEnd, done));
        }
      }
      long clientPid = ProcessHandle.current().pid();
      sleepUntil(measureStart);
      double server0 = ProcStats.cpuSeconds(spec.serverPid());
      double serverSys0 = ProcStats.systemCpuSeconds(spec.serverPid());
      double client0 = ProcStats.cpuSeconds(clientPid);
      double machine0 = ProcStats.machineBusySeconds();
      double irq0 = ProcStats.machineInterruptSeconds();
      long window0 = System.nanoTime();
      double server1;
      double serverSys1;
      double client1;
      double machine1;
      double irq1;
      long window1;
      if (spec.countMode()) {
        long lastProgress = System.nanoTime();
        long lastCount = -1;
        long lastChange = System.nanoTime();
        while (!done.await(1, TimeUnit.SECONDS)) {
          long count = responses.get();
          if (count != lastCount) {
            lastCount = count;
            lastChange = System.nanoTime();
          } else if (System.nanoTime() - lastChange > TimeUnit.SECONDS.toNanos(120)) {
            for (LoadWorker w : workers) {
              w.loop.execute(w::abandon);
            }
            done.await(5, TimeUnit.SECONDS);
            break; // no response for two minutes: give up, the errors say why
          }
          if (spec.progress() != null && System.nanoTime() - lastProgress >= TimeUnit.SECONDS.toNanos(10)) {
            spec.progress().accept(completed.get());
            lastProgress = System.nanoTime();
          }
        }
        window1 = workers.stream().mapToLong(w -> w.lastCompletion).max().orElse(System.nanoTime());
        server1 = ProcStats.cpuSeconds(spec.serverPid());
        serverSys1 = ProcStats.systemCpuSeconds(spec.serverPid());
        client1 = ProcStats.cpuSeconds(clientPid);
        machine1 = ProcStats.machineBusySeconds();
        irq1 = ProcStats.machineInterruptSeconds();
      } else {
        sleepUntil(measureEnd);
        server1 = ProcStats.cpuSeconds(spec.serverPid());
        serverSys1 = ProcStats.systemCpuSeconds(spec.serverPid());
        client1 = ProcStats.cpuSeconds(clientPid);
        machine1 = ProcStats.machineBusySeconds();
        irq1 = ProcStats.machineInterruptSeconds();
        window1 = System.nanoTime();
        if (!done.await(30, TimeUnit.SECONDS)) {
          for (LoadWorker w : workers) {
            w.loop.execute(w::abandon);
          }
          done.await(5, TimeUnit.SECONDS);
        }
      }
      double warmupSeconds = (measureStart - start) / 1e9;
      return merge(workers, spec, warmupSeconds, window0, window1, server0, server1,
          serverSys0 < 0 || serverSys1 < 0 ? -1 : serverSys1 - serverSys0, client0, client1,
          machine0 < 0 || machine1 < 0 ? -1 : machine1 - machine0, irq0 < 0 || irq1 < 0 ? -1 : irq1 - irq0,
          requestBytes);
    } finally {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
  }

  /**
   * Waits out the minimum warm-up, then until two successive five-second request rates agree
   * within 3% (the JIT has settled), or the maximum warm-up has passed; returns when.
   */
  private static long awaitSteadyRate(AtomicLong responses, long start, Spec spec) throws InterruptedException {
    long minEnd = start + spec.warmup().toNanos();
    long maxEnd = start + spec.maxWarmup().toNanos();
    List<Long> counts = new ArrayList<>();
    long next = start + TimeUnit.SECONDS.toNanos(1);
    while (true) {
      sleepUntil(next);
      counts.add(responses.get());
      long now = System.nanoTime();
      if (now >= maxEnd) {
        return now;
      }
      int n = counts.size();
      if (now >= minEnd && n >= 11) {
        double recent = counts.get(n - 1) - counts.get(n - 6);
        double before = counts.get(n - 6) - counts.get(n - 11);
        if (before > 0 && Math.abs(recent - before) / before <= 0.03) {
          return now;
        }
      }
      next += TimeUnit.SECONDS.toNanos(1);
    }
  }

  private static LoadResult merge(List<LoadWorker> workers, Spec spec, double warmupSeconds, long window0, long window1,
      double server0, double server1, double serverSystem, double client0, double client1, double machine,
      double interrupts,
      int requestBytes) {
    Histogram latency = new Histogram(HIGHEST_NANOS, 3);
    Histogram sendLag = new Histogram(HIGHEST_NANOS, 3);
    long ok = 0;
    long errors = 0;
    Map<Integer, Long> statuses = new TreeMap<>();
    String firstError = null;
    long[] perSecond = new long[0];
    for (LoadWorker w : workers) {
      latency.add(w.latency);
      sendLag.add(w.sendLag);
      ok += w.ok;
      errors += w.errors;
      w.statuses.forEach((k, v) -> statuses.merge(k, v, Long::sum));
      if (firstError == null) {
        firstError = w.firstError;
      }
      if (w.perSecond.length > perSecond.length) {
        perSecond = Arrays.copyOf(perSecond, w.perSecond.length);
      }
      for (int i = 0; i < w.perSecond.length; i++) {
        perSecond[i] += w.perSecond[i];
      }
    }
    int seconds = (int) Math.ceil((window1 - window0) / 1e9);
    perSecond = Arrays.copyOf(perSecond, Math.max(0, Math.min(perSecond.length, seconds)));
    return new LoadResult(ok, errors, statuses, firstError, Math.max(0, (window1 - window0) / 1e9), latency, sendLag,
        server0 < 0 || server1 < 0 ? -1 : server1 - server0, serverSystem,
        client0 < 0 || client1 < 0 ? -1 : client1 - client0,
        machine, interrupts, requestBytes, perSecond, spec.ratePerSecond(), warmupSeconds);
  }

  static void sleepUntil(long nanoTime) throws InterruptedException {
    long left;
    while ((left = nanoTime - System.nanoTime()) > 0) {
      TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
    }
  }
}
