package dev.trent.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures operations against a target: each next to the bare-HTTP limit answering the same size,
 * on a quiet machine when asked ({@code --wait-quiet}), with an optional JFR recording; and creates
 * keys with the load generator for the scenarios that need many.
 */
final class Measurer {
  /** Other processes' CPU during a run above which {@code --wait-quiet} runs it again. */
  private static final double NOISY_PERCENT = 15;

  /** Keys created by {@link #createKeys}, with the time it took and the generator's figures. */
  record Created(List<String> keys, double seconds, LoadResult load) {}

  private final Bench.Settings settings;
  private final LimitHandle.Factory limits;
  private final Credentials credentials;
  private final BenchLog log;

  Measurer(Bench.Settings settings, LimitHandle.Factory limits, Credentials credentials, BenchLog log) {
    this.settings = settings;
    this.limits = limits;
    this.credentials = credentials;
    this.log = log;
  }

  /**
   * Measures one operation: a probe (which must succeed, and gives the response size), the limit
   * server answering that size, the target at full speed, then optionally the target at half the
   * rate it reached.
   */
  ScenarioResult.Op measure(Target t, ScenarioResult r, String operation, Workload workload,
      boolean halfRate) throws Exception {
    int responseBytes;
    try (BlockingClient c = client(t)) {
      BlockingClient.Response probe = c.call(workload.next());
      if (!probe.ok()) {
        throw new IOException(operation + " answered HTTP " + probe.status() + ": " + probe.text());
      }
      responseBytes = probe.body().length;
    }
    LoadResult limit;
    try (LimitHandle l = limits.start(responseBytes, LimitServer.Replies.AT_ONCE)) {
      limit = runClean(r.scenario(), operation + " limit", spec(l.endpoint(), workload, l.pid()));
    }
    log.log("%s: %-34s limit  %s", r.scenario(), operation, Report.line(limit));
    Map<LimitServer.Replies, LoadResult> otherLimits = new EnumMap<>(LimitServer.Replies.class);
    for (LimitServer.Replies replies : settings.otherLimits()) {
      String name = "limit " + replies.name().toLowerCase(Locale.ROOT);
      LoadResult other;
      try (LimitHandle l = limits.start(responseBytes, replies)) {
        other = runClean(r.scenario(), operation + " " + name, spec(l.endpoint(), workload, l.pid()));
      }
      log.log("%s: %-34s %s %s", r.scenario(), operation, name, Report.line(other));
      otherLimits.put(replies, other);
    }
    Path jfr = null;
    if (settings.jfrDir() != null) {
      Files.createDirectories(settings.jfrDir());
      jfr = settings.jfrDir().resolve(r.scenario() + "-" + slug(operation) + ".jfr");
      if (!t.startRecording(jfr)) {
        jfr = null;
      }
    }
    AuditCounters auditBefore = t.auditCounters();
    LoadResult full = runClean(r.scenario(), operation, spec(t.endpoint(), workload, t.pid()));
    AuditCounters audit = difference(t.auditCounters(), auditBefore);
    if (jfr != null) {
      t.stopRecording();
      log.log("%s: JFR recording %s", r.scenario(), jfr);
    }
    log.log("%s: %-34s target %s  ratio %.2f%s", r.scenario(), operation, Report.line(full),
        full.opsPerSecond() / limit.opsPerSecond(), audit == null ? "" : "  " + audit.describe());
    if (full.ok() == 0) {
      throw new IOException(operation + ": no successful response; first error: " + full.firstError());
    }
    LoadResult half = null;
    AuditCounters halfAudit = null;
    if (halfRate && settings.halfRate()) {
      AuditCounters before = t.auditCounters();
      half = runClean(r.scenario(), operation + " @50%",
          spec(t.endpoint(), workload, t.pid()).atRate(full.opsPerSecond() / 2));
      halfAudit = difference(t.auditCounters(), before);
      log.log("%s: %-34s @50%%   %s%s", r.scenario(), operation, Report.line(half),
          halfAudit == null ? "" : "  " + halfAudit.describe());
    }
    return r.add(new ScenarioResult.Op(operation, full, limit, half, responseBytes, otherLimits,
        ProcStats.rssBytes(t.pid()), ProcStats.statusBytes(t.pid(), "VmHWM"), audit, halfAudit));
  }

  /**
   * Measures {@code calls} requests of {@code workload} after {@code warmCalls} unmeasured ones: a
   * fixed number of calls rather than a time, for a workload that uses something up (each key's
   * first use). No limit server: the figure is compared with another operation of the scenario.
   */
  ScenarioResult.Op measureCalls(Target t, ScenarioResult r, String operation, Workload workload, int warmCalls,
      int calls) throws Exception {
    LoadResult warm = runClean(r.scenario(), operation + " warm-up", counted(t, workload, warmCalls));
    log.log("%s: %-34s warm-up %,d calls  %s", r.scenario(), operation, warmCalls, Report.line(warm));
    AuditCounters auditBefore = t.auditCounters();
    LoadResult run = runClean(r.scenario(), operation, counted(t, workload, calls));
    AuditCounters audit = difference(t.auditCounters(), auditBefore);
    log.log("%s: %-34s target %s%s", r.scenario(), operation, Report.line(run),
        audit == null ? "" : "  " + audit.describe());
    if (run.ok() == 0) {
      throw new IOException(operation + ": no successful response; first error: " + run.firstError());
    }
    return r.add(new ScenarioResult.Op(operation, run, null, null, 0, Map.of(), ProcStats.rssBytes(t.pid()),
        ProcStats.statusBytes(t.pid(), "VmHWM"), audit, null));
  }

  private LoadGenerator.Spec counted(Target t, Workload workload, int calls) {
    return LoadGenerator.Spec.count(t.endpoint(), credentials, workload, settings.concurrency(),
        settings.clientThreads(), calls, null, null, t.pid(), null);
  }

  private static AuditCounters difference(AuditCounters after, AuditCounters before) {
    return after == null || before == null ? null : after.minus(before);
  }

  /**
   * A measured run on a quiet machine: with {@code --wait-quiet}, waits for quiet first, and runs
   * again (three times at most, keeping the quietest) when other processes used more than 15% of a
   * core during the run.
   */
  private LoadResult runClean(String scenario, String what, LoadGenerator.Spec spec) throws InterruptedException {
    LoadResult best = null;
    for (int attempt = 1; ; attempt++) {
      awaitQuiet(scenario);
      LoadResult run = LoadGenerator.run(spec);
      if (best == null || run.otherCpuPercent() < best.otherCpuPercent()) {
        best = run;
      }
      if (settings.waitQuiet().isZero() || !(run.otherCpuPercent() > NOISY_PERCENT) || attempt == 3) {
        return best;
      }
      log.log("%s: %s: other processes used %.0f%% of a core during the run; running it again", scenario, what,
          run.otherCpuPercent());
    }
  }

  /**
   * Waits, up to the configured time, until the rest of the machine is quiet: the benchmark shares
   * two cores with whatever else runs, and a busy neighbour shows as a slower Trent.
   */
  void awaitQuiet(String scenario) throws InterruptedException {
    if (settings.waitQuiet().isZero()) {
      return;
    }
    long deadline = System.nanoTime() + settings.waitQuiet().toNanos();
    boolean told = false;
    while (true) {
      double before = ProcStats.machineBusySeconds();
      Bench.sleep(1000);
      double busy = ProcStats.machineBusySeconds() - before;
      if (before < 0 || busy < 0.15) {
        return;
      }
      if (System.nanoTime() > deadline) {
        log.log("%s: the machine is still busy (%.0f%% of a core used by others); measuring anyway", scenario, busy * 100);
        return;
      }
      if (!told) {
        log.log("%s: waiting for the machine to be quiet (%.0f%% of a core used by others)", scenario, busy * 100);
        told = true;
      }
      Bench.sleep(4000);
    }
  }

  private LoadGenerator.Spec spec(Endpoint endpoint, Workload workload, long pid) {
    return LoadGenerator.Spec.measured(endpoint, credentials, workload, settings.concurrency(),
        settings.clientThreads(), settings.warmup(), settings.maxWarmup(), settings.duration(), pid);
  }

  /** Creates up to {@code n} symmetric keys with the generator, stopping early at {@code timeLimit}. */
  Created createKeys(Target t, String scenario, int n, Duration timeLimit) throws Exception {
    List<String> keys = Collections.synchronizedList(new ArrayList<>(n));
    long started = System.nanoTime();
    LoadGenerator.Spec spec = LoadGenerator.Spec.count(t.endpoint(), credentials,
        Workloads.constant(Workloads.createKey(settings.keyPolicy())), settings.concurrency(), settings.clientThreads(), n, timeLimit,
        (status, body) -> {
          if (status == 200) {
            keys.add(Workloads.member(body, "KeyId"));
          }
        },
        t.pid(),
        done -> log.log("%s: created %,d keys so far (%.0f/s)", scenario, done,
            done / ((System.nanoTime() - started) / 1e9)));
    LoadResult load = LoadGenerator.run(spec);
    if (load.errors() > 0) {
      log.log("%s: %,d CreateKey errors; first: %s", scenario, load.errors(), load.firstError());
    }
    if (keys.isEmpty()) {
      throw new IOException("CreateKey failed: " + load.firstError());
    }
    log.log("%s: created %,d keys in %.1f s (%.0f/s)", scenario, keys.size(), load.seconds(),
        keys.size() / load.seconds());
    return new Created(new ArrayList<>(keys), load.seconds(), load);
  }

  String createKey(Target t) throws IOException {
    try (BlockingClient c = client(t)) {
      return c.require(Workloads.createKey(settings.keyPolicy())).get("KeyMetadata").get("KeyId").asText();
    }
  }

  BlockingClient client(Target t) {
    return new BlockingClient(t.endpoint(), credentials);
  }

  private static String slug(String operation) {
    return operation.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
