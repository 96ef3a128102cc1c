package dev.trent.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Runs the scenarios: for each, a fresh target (a new Trent on an empty data directory), the setup
 * it needs (keys, a ciphertext), then every measured operation three ways: on the limit server, on
 * the target at full speed, and where the issue sets a latency goal on the target at half the rate
 * it reached. Writes {@code <results>/<scenario>.json}.
 */
public final class Bench {
  /** Every scenario, in the order {@code all} runs them. */
  public static final List<String> SCENARIOS = List.of("encrypt", "decrypt", "generate-data-key", "sign",
      "generate-mac", "describe-key", "create-key", "list-keys", "encrypt-100k", "million-keys");

  private static final long GIB = 1L << 30;
  /** Other processes' CPU during a run above which {@code --wait-quiet} runs it again. */
  private static final double NOISY_PERCENT = 15;

  /**
   * @param warmup the shortest warm-up before a measured run
   * @param maxWarmup the longest: between the two, the warm-up lasts until the rate is steady
   * @param halfRate run the half-rate latency check for the data-plane operations
   * @param manyKeys the key count of encrypt-100k
   * @param millionKeys the key count of million-keys
   * @param maxCreateMinutes million-keys creates 100,000 keys instead when the full count would
   *     take longer than this at the rate measured in the first ten seconds
   * @param jfrDir where to write a JFR recording of the target for each measured operation, or null
   * @param waitQuiet before each measured run, wait up to this long for the machine to be quiet
   *     (other processes using under 15% of a core); zero to not wait
   * @param limitHandoff also measure the limit server with Trent's worker-pool hand-off
   */
  public record Settings(
      Duration warmup,
      Duration maxWarmup,
      Duration duration,
      int concurrency,
      int clientThreads,
      boolean halfRate,
      int manyKeys,
      int millionKeys,
      double maxCreateMinutes,
      Path resultsDir,
      Path jfrDir,
      Duration waitQuiet,
      boolean limitHandoff) {}

  private final Settings settings;
  private final Target.Factory targets;
  private final LimitHandle.Factory limits;
  private final Credentials credentials;
  private final RunInfo info;
  private final PrintStream out;

  public Bench(Settings settings, Target.Factory targets, LimitHandle.Factory limits, Credentials credentials,
      RunInfo info, PrintStream out) {
    this.settings = settings;
    this.targets = targets;
    this.limits = limits;
    this.credentials = credentials;
    this.info = info;
    this.out = out;
  }

  /** Runs one scenario and writes its JSON; a failure is reported in the result, not thrown. */
  public ScenarioResult run(String scenario) throws IOException {
    if (!SCENARIOS.contains(scenario)) {
      throw new IllegalArgumentException("unknown scenario " + scenario + "; one of " + SCENARIOS + " or all");
    }
    ScenarioResult result = new ScenarioResult(scenario);
    log("%s: starting %s", scenario, targets.describe());
    try (Target target = targets.create(scenario)) {
      switch (scenario) {
        case "encrypt" -> encrypt(target, result);
        case "decrypt" -> decrypt(target, result);
        case "generate-data-key" -> generateDataKey(target, result);
        case "sign" -> keySpecOp(target, result, "ECC_NIST_P256", "SIGN_VERIFY", "Sign", Workloads::sign);
        case "generate-mac" -> keySpecOp(target, result, "HMAC_256", "GENERATE_VERIFY_MAC", "GenerateMac",
            Workloads::generateMac);
        case "describe-key" -> describeKey(target, result);
        case "create-key" -> createKey(target, result);
        case "list-keys" -> listKeys(target, result);
        case "encrypt-100k" -> encryptManyKeys(target, result);
        case "million-keys" -> millionKeys(target, result);
        default -> throw new IllegalStateException(scenario);
      }
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      result.fail(e.getClass().getSimpleName() + ": " + e.getMessage());
      log("%s: FAILED: %s", scenario, result.reason());
    }
    Path file = Report.write(result, info, settings);
    log("%s: wrote %s", scenario, file);
    return result;
  }

  // ---------------------------------------------------------------- scenarios

  private void encrypt(Target t, ScenarioResult r) throws Exception {
    String key = createKey(t);
    ScenarioResult.Op op = measure(t, r, "Encrypt", Workloads.constant(Workloads.encrypt(key)), true);
    latencyAndRatioGoals(r, op);
  }

  private void decrypt(Target t, ScenarioResult r) throws Exception {
    String key = createKey(t);
    String blob;
    try (BlockingClient c = client(t)) {
      blob = c.require(Workloads.encrypt(key)).get("CiphertextBlob").asText();
    }
    measure(t, r, "Decrypt", Workloads.constant(Workloads.decrypt(blob)), true);
  }

  private void generateDataKey(Target t, ScenarioResult r) throws Exception {
    String key = createKey(t);
    ScenarioResult.Op op = measure(t, r, "GenerateDataKey", Workloads.constant(Workloads.generateDataKey(key)), true);
    latencyAndRatioGoals(r, op);
  }

  private void describeKey(Target t, ScenarioResult r) throws Exception {
    String key = createKey(t);
    measure(t, r, "DescribeKey", Workloads.constant(Workloads.describeKey(key)), true);
  }

  private void createKey(Target t, ScenarioResult r) throws Exception {
    measure(t, r, "CreateKey", Workloads.constant(Workloads.createKey()), false);
  }

  private void listKeys(Target t, ScenarioResult r) throws Exception {
    try (BlockingClient c = client(t)) {
      for (int i = 0; i < 100; i++) {
        c.require(Workloads.createKey());
      }
    }
    r.put("keys", 100);
    measure(t, r, "ListKeys (100 keys, default page)", Workloads.constant(Workloads.listKeys()), false);
  }

  /** Sign and GenerateMac: measured once Trent can create their key specs; skipped until then. */
  private void keySpecOp(Target t, ScenarioResult r, String keySpec, String usage, String operation,
      java.util.function.Function<String, Call> call) throws Exception {
    try (BlockingClient c = client(t)) {
      BlockingClient.Response created = c.call(Workloads.createKey(keySpec, usage));
      if (!created.ok()) {
        r.skip("key spec not available: CreateKey " + keySpec + " answered " + created.errorType());
        log("%s: skipped: key spec not available (%s)", r.scenario(), created.errorType());
        return;
      }
      String key = created.json().get("KeyMetadata").get("KeyId").asText();
      BlockingClient.Response probe = c.call(call.apply(key));
      if (!probe.ok()) {
        r.skip(operation + " not available: answered " + probe.errorType());
        log("%s: skipped: %s answered %s", r.scenario(), operation, probe.errorType());
        return;
      }
      r.put("key_spec", keySpec);
      measure(t, r, operation + " (" + keySpec + ")", Workloads.constant(call.apply(key)), true);
    }
  }

  private void encryptManyKeys(Target t, ScenarioResult r) throws Exception {
    int n = settings.manyKeys();
    Created created = createKeys(t, r.scenario(), n, null);
    r.put("keys", created.keys().size());
    r.put("create_seconds", round(created.seconds(), 1));
    r.put("create_per_s", round(created.keys().size() / created.seconds(), 1));
    if (t.restartable()) {
      t.stop();
      t.start();
      r.put("restarted_before_measuring", true); // a cold material cache: the cache-miss path
    }
    ScenarioResult.Op spread = measure(t, r, String.format(Locale.ROOT, "Encrypt (random of %,d keys)",
        created.keys().size()), Workloads.randomEncrypt(created.keys()), false);
    ScenarioResult.Op single = measure(t, r, "Encrypt (single key)",
        Workloads.constant(Workloads.encrypt(created.keys().get(0))), false);
    r.setPrimary(spread);
    double ratio = spread.target().opsPerSecond() / single.target().opsPerSecond();
    r.put("ratio_to_single_key", round(ratio, 3));
    r.goal("Encrypt req/s over many keys / over one key", ">= 0.70", ratio, ratio >= 0.70,
        String.format(Locale.ROOT, "%,d keys", created.keys().size()));
  }

  private void millionKeys(Target t, ScenarioResult r) throws Exception {
    int requested = settings.millionKeys();
    // The first 20 seconds of creation are the pilot: the rate of their second half (the JIT warm)
    // tells whether the full count fits in the time allowed.
    awaitQuiet(r.scenario());
    Created pilot = createKeys(t, r.scenario(), requested, Duration.ofSeconds(20));
    long[] pilotSeconds = pilot.load().perSecond();
    double pilotRate = pilotSeconds.length >= 12
        ? Arrays.stream(pilotSeconds, pilotSeconds.length - 11, pilotSeconds.length - 1).sum() / 10.0
        : pilot.keys().size() / pilot.seconds();
    int count = requested;
    boolean reduced = false;
    if (requested / pilotRate > settings.maxCreateMinutes() * 60 && requested > 100_000) {
      count = 100_000;
      reduced = true;
      log("%s: at %.0f CreateKey/s, %,d keys would take %.0f min (> %.0f): creating %,d and extrapolating",
          r.scenario(), pilotRate, requested, requested / pilotRate / 60, settings.maxCreateMinutes(), count);
    }
    r.put("pilot_create_per_s", round(pilotRate, 1));
    List<String> keys = new ArrayList<>(pilot.keys());
    double seconds = pilot.seconds();
    LoadResult rest = null;
    if (keys.size() < count) {
      Created more = createKeys(t, r.scenario(), count - keys.size(), null);
      keys.addAll(more.keys());
      seconds += more.seconds();
      rest = more.load();
    }
    double createRate = keys.size() / seconds;
    long[] timeline = concat(pilot.load().perSecond(), rest == null ? new long[0] : rest.perSecond());
    Histogram createLatency = pilot.load().latency().copy();
    if (rest != null) {
      createLatency.add(rest.latency());
    }
    r.put("keys_requested", requested);
    r.put("keys", keys.size());
    r.put("extrapolated", reduced);
    r.put("create_seconds", round(seconds, 1));
    r.put("create_per_s", round(createRate, 1));
    r.put("create_per_s_first_10pct", round(rateOfSlice(timeline, 0.0, 0.1), 1));
    r.put("create_per_s_last_10pct", round(rateOfSlice(timeline, 0.9, 1.0), 1));
    r.put("create_p50_ms", round(createLatency.getValueAtPercentile(50) / 1e6, 3));
    r.put("create_p99_ms", round(createLatency.getValueAtPercentile(99) / 1e6, 3));
    if (reduced) {
      r.put("extrapolated_create_seconds_for_requested", round(requested / createRate, 0));
    }
    r.add(new ScenarioResult.Op(String.format(Locale.ROOT, "CreateKey (creating %,d keys)", keys.size()),
        new LoadResult(keys.size(), pilot.load().errors() + (rest == null ? 0 : rest.errors()),
            pilot.load().statuses(), pilot.load().firstError(), seconds, createLatency,
            sum(pilot.load().serverCpuSeconds(), rest == null ? 0 : rest.serverCpuSeconds()),
            sum(pilot.load().serverSystemCpuSeconds(), rest == null ? 0 : rest.serverSystemCpuSeconds()),
            sum(pilot.load().clientCpuSeconds(), rest == null ? 0 : rest.clientCpuSeconds()),
            sum(pilot.load().machineCpuSeconds(), rest == null ? 0 : rest.machineCpuSeconds()),
            sum(pilot.load().interruptCpuSeconds(), rest == null ? 0 : rest.interruptCpuSeconds()),
            pilot.load().requestBytes(), timeline, 0, 0),
        null, null, 0, null, ProcStats.rssBytes(t.pid()), ProcStats.statusBytes(t.pid(), "VmHWM")));

    double readyMs = Double.NaN;
    long rssReady = -1;
    if (t.restartable()) {
      t.stop();
      Path dir = t.dataDir().orElseThrow();
      long bytes = Files2.size(dir);
      r.put("data_dir_bytes", bytes);
      r.put("data_dir_bytes_per_key", round((double) bytes / keys.size(), 1));
      // The database alone (trent.db and its WAL) is the store's cost per key; the rest is mostly
      // the audit log, one record per request (the creations, and whatever else was called).
      long database = Files2.sizeOfMatching(dir, "trent.db");
      r.put("database_bytes", database);
      r.put("database_bytes_per_key", round((double) database / keys.size(), 1));
      r.put("data_dir_entries", Files2.sizesOfEntries(dir));
      if (reduced) {
        r.put("extrapolated_data_dir_bytes_for_requested", (long) ((double) bytes / keys.size() * requested));
      }
      // Three restarts on a quiet machine; the median is the figure (a JVM's start is easily
      // slowed by a busy neighbour).
      List<Target.StartTiming> starts = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        if (i > 0) {
          t.stop();
        }
        awaitQuiet(r.scenario());
        starts.add(t.start());
      }
      starts.sort(java.util.Comparator.comparingDouble(Target.StartTiming::readyMs));
      Target.StartTiming timing = starts.get(1);
      readyMs = timing.readyMs();
      rssReady = ProcStats.rssBytes(t.pid());
      r.put("start_to_listening_ms", round(timing.listeningMs(), 1));
      r.put("start_to_ready_ms", round(timing.readyMs(), 1));
      r.put("start_to_ready_ms_all", starts.stream().map(s -> round(s.readyMs(), 1)).toList());
      r.put("rss_bytes_at_ready", rssReady);
      log("%s: %,d keys, %.1f MB on disk (%.0f B/key; the database %.0f B/key); restart: listening %.0f ms,"
          + " ready %.0f ms, RSS %.0f MiB", r.scenario(), keys.size(), bytes / 1e6, (double) bytes / keys.size(),
          (double) database / keys.size(), timing.listeningMs(), readyMs, rssReady / 1048576.0);
    }
    measure(t, r, String.format(Locale.ROOT, "DescribeKey (random of %,d keys)", keys.size()),
        Workloads.randomDescribe(keys), false);
    ScenarioResult.Op encrypt = measure(t, r, String.format(Locale.ROOT, "Encrypt (random of %,d keys)",
        keys.size()), Workloads.randomEncrypt(keys), false);
    r.setPrimary(encrypt);
    long rss = ProcStats.rssBytes(t.pid());
    long hwm = ProcStats.statusBytes(t.pid(), "VmHWM");
    r.put("rss_bytes_after_load", rss);
    r.put("rss_peak_bytes", hwm);

    String note = reduced ? String.format(Locale.ROOT, "measured at %,d keys, not %,d", keys.size(), requested) : "";
    if (!Double.isNaN(readyMs)) {
      r.goal("Server ready after restart, ms", "< 2000 ms", readyMs, readyMs < 2000, note);
    }
    if (hwm > 0) {
      r.goal("Resident memory, MiB (peak VmHWM)", "< 1024 MiB", hwm / 1048576.0, hwm < GIB, note);
    }
    r.goal("CreateKey sustained, durable, per s", ">= 2000/s", createRate, createRate >= 2000, note);
  }

  // ---------------------------------------------------------------- measuring

  /**
   * Measures one operation: a probe (which must succeed, and gives the response size), the limit
   * server answering that size, the target at full speed, then optionally the target at half the
   * rate it reached.
   */
  private ScenarioResult.Op measure(Target t, ScenarioResult r, String operation, Workload workload,
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
    try (LimitHandle l = limits.start(responseBytes, false)) {
      limit = runClean(r.scenario(), operation + " limit", spec(l.endpoint(), workload, l.pid()));
    }
    log("%s: %-34s limit  %s", r.scenario(), operation, Report.line(limit));
    LoadResult handoff = null;
    if (settings.limitHandoff()) {
      try (LimitHandle l = limits.start(responseBytes, true)) {
        handoff = runClean(r.scenario(), operation + " limit+handoff", spec(l.endpoint(), workload, l.pid()));
      }
      log("%s: %-34s limit+handoff %s", r.scenario(), operation, Report.line(handoff));
    }
    Path jfr = null;
    if (settings.jfrDir() != null) {
      Files.createDirectories(settings.jfrDir());
      jfr = settings.jfrDir().resolve(r.scenario() + "-" + slug(operation) + ".jfr");
      if (!t.startRecording(jfr)) {
        jfr = null;
      }
    }
    LoadResult full = runClean(r.scenario(), operation, spec(t.endpoint(), workload, t.pid()));
    if (jfr != null) {
      t.stopRecording();
      log("%s: JFR recording %s", r.scenario(), jfr);
    }
    log("%s: %-34s target %s  ratio %.2f", r.scenario(), operation, Report.line(full),
        full.opsPerSecond() / limit.opsPerSecond());
    if (full.ok() == 0) {
      throw new IOException(operation + ": no successful response; first error: " + full.firstError());
    }
    LoadResult half = null;
    if (halfRate && settings.halfRate()) {
      half = runClean(r.scenario(), operation + " @50%",
          spec(t.endpoint(), workload, t.pid()).atRate(full.opsPerSecond() / 2));
      log("%s: %-34s @50%%   %s", r.scenario(), operation, Report.line(half));
    }
    return r.add(new ScenarioResult.Op(operation, full, limit, half, responseBytes, handoff,
        ProcStats.rssBytes(t.pid()), ProcStats.statusBytes(t.pid(), "VmHWM")));
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
      log("%s: %s: other processes used %.0f%% of a core during the run; running it again", scenario, what,
          run.otherCpuPercent());
    }
  }

  /**
   * Waits, up to the configured time, until the rest of the machine is quiet: the benchmark shares
   * two cores with whatever else runs, and a busy neighbour shows as a slower Trent.
   */
  private void awaitQuiet(String scenario) throws InterruptedException {
    if (settings.waitQuiet().isZero()) {
      return;
    }
    long deadline = System.nanoTime() + settings.waitQuiet().toNanos();
    boolean told = false;
    while (true) {
      double before = ProcStats.machineBusySeconds();
      sleep(1000);
      double busy = ProcStats.machineBusySeconds() - before;
      if (before < 0 || busy < 0.15) {
        return;
      }
      if (System.nanoTime() > deadline) {
        log("%s: the machine is still busy (%.0f%% of a core used by others); measuring anyway", scenario, busy * 100);
        return;
      }
      if (!told) {
        log("%s: waiting for the machine to be quiet (%.0f%% of a core used by others)", scenario, busy * 100);
        told = true;
      }
      sleep(4000);
    }
  }

  private LoadGenerator.Spec spec(Endpoint endpoint, Workload workload, long pid) {
    return LoadGenerator.Spec.measured(endpoint, credentials, workload, settings.concurrency(),
        settings.clientThreads(), settings.warmup(), settings.maxWarmup(), settings.duration(), pid);
  }

  private void latencyAndRatioGoals(ScenarioResult r, ScenarioResult.Op op) {
    double ratio = op.ratioToLimit();
    r.goal(op.operation() + " req/s over the bare-HTTP limit's", ">= 0.50", ratio, ratio >= 0.5, "");
    if (op.halfRate() != null) {
      double p99 = op.halfRate().ms(99);
      r.goal(op.operation() + " p99 at half the maximum rate, ms", "< 5 ms", p99, p99 < 5,
          String.format(Locale.ROOT, "at %.0f req/s", op.halfRate().targetRate()));
    }
  }

  // ---------------------------------------------------------------- setup helpers

  private record Created(List<String> keys, double seconds, LoadResult load) {}

  /** Creates up to {@code n} symmetric keys with the generator, stopping early at {@code timeLimit}. */
  private Created createKeys(Target t, String scenario, int n, Duration timeLimit) throws Exception {
    List<String> keys = Collections.synchronizedList(new ArrayList<>(n));
    long started = System.nanoTime();
    LoadGenerator.Spec spec = LoadGenerator.Spec.count(t.endpoint(), credentials,
        Workloads.constant(Workloads.createKey()), settings.concurrency(), settings.clientThreads(), n, timeLimit,
        (status, body) -> {
          if (status == 200) {
            keys.add(Workloads.member(body, "KeyId"));
          }
        },
        t.pid(),
        done -> log("%s: created %,d keys so far (%.0f/s)", scenario, done,
            done / ((System.nanoTime() - started) / 1e9)));
    LoadResult load = LoadGenerator.run(spec);
    if (load.errors() > 0) {
      log("%s: %,d CreateKey errors; first: %s", scenario, load.errors(), load.firstError());
    }
    if (keys.isEmpty()) {
      throw new IOException("CreateKey failed: " + load.firstError());
    }
    log("%s: created %,d keys in %.1f s (%.0f/s)", scenario, keys.size(), load.seconds(),
        keys.size() / load.seconds());
    return new Created(new ArrayList<>(keys), load.seconds(), load);
  }

  private String createKey(Target t) throws IOException {
    try (BlockingClient c = client(t)) {
      return c.require(Workloads.createKey()).get("KeyMetadata").get("KeyId").asText();
    }
  }

  private BlockingClient client(Target t) {
    return new BlockingClient(t.endpoint(), credentials);
  }

  private void log(String format, Object... args) {
    out.printf(Locale.ROOT, java.time.LocalTime.now().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss"))
        + " [bench] " + format + "%n", args);
    out.flush();
  }

  private static String slug(String operation) {
    return operation.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private static long[] concat(long[] a, long[] b) {
    long[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  /** Mean requests/s over the whole seconds between fractions {@code from} and {@code to} of the timeline. */
  private static double rateOfSlice(long[] perSecond, double from, double to) {
    int full = Math.max(1, perSecond.length - 1); // the last second is partial
    int a = (int) Math.floor(full * from);
    int b = Math.max(a + 1, (int) Math.floor(full * to));
    long sum = 0;
    for (int i = a; i < b && i < perSecond.length; i++) {
      sum += perSecond[i];
    }
    return (double) sum / (b - a);
  }

  private static double sum(double a, double b) {
    return a < 0 || b < 0 ? -1 : a + b;
  }

  static double round(double v, int decimals) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return v;
    }
    double f = Math.pow(10, decimals);
    return Math.round(v * f) / f;
  }

  static void sleep(long millis) throws InterruptedException {
    TimeUnit.MILLISECONDS.sleep(millis);
  }
}
