package dev.trent.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs the scenarios: for each, a fresh target (a new Trent on an empty data directory), the setup
 * it needs (keys, a ciphertext), then every measured operation three ways: on the limit server, on
 * the target at full speed, and where the issue sets a latency goal on the target at half the rate
 * it reached. Writes {@code <results>/<scenario>.json}.
 */
public final class Bench {
  /** Every scenario, in the order {@code all} runs them. */
  public static final List<String> SCENARIOS = List.of("encrypt", "decrypt", "generate-data-key", "sign",
      "sign-rsa", "generate-mac", "describe-key", "create-key", "list-keys", "encrypt-100k", "million-keys");

  /** The raw JCA comparison runs at most this long (and at least a second) per operation. */
  private static final Duration RAW_DURATION = Duration.ofSeconds(10);

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
   * @param otherLimits the limit server's variants to measure besides the plain one
   * @param keyPolicy the key policy the scenario's keys are created with (JSON), or null for
   *     Trent's default key policy
   * @param keyPolicySource where {@code keyPolicy} came from (its file), for the results
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
      Set<LimitServer.Replies> otherLimits,
      String keyPolicy,
      String keyPolicySource) {
    /** Settings whose keys get Trent's default key policy. */
    public Settings(Duration warmup, Duration maxWarmup, Duration duration, int concurrency, int clientThreads,
        boolean halfRate, int manyKeys, int millionKeys, double maxCreateMinutes, Path resultsDir, Path jfrDir,
        Duration waitQuiet, Set<LimitServer.Replies> otherLimits) {
      this(warmup, maxWarmup, duration, concurrency, clientThreads, halfRate, manyKeys, millionKeys,
          maxCreateMinutes, resultsDir, jfrDir, waitQuiet, otherLimits, null, null);
    }
  }

  private final Settings settings;
  private final Target.Factory targets;
  private final RunInfo info;
  private final BenchLog log;
  private final Measurer measurer;
  private final KeyStoreScenarios keyStore;

  public Bench(Settings settings, Target.Factory targets, LimitHandle.Factory limits, Credentials credentials,
      RunInfo info, PrintStream out) {
    this.settings = settings;
    this.targets = targets;
    this.info = info;
    this.log = new BenchLog(out);
    this.measurer = new Measurer(settings, limits, credentials, log);
    this.keyStore = new KeyStoreScenarios(settings, measurer, log);
  }

  /** Runs one scenario and writes its JSON; a failure is reported in the result, not thrown. */
  public ScenarioResult run(String scenario) throws IOException {
    if (!SCENARIOS.contains(scenario)) {
      throw new IllegalArgumentException("unknown scenario " + scenario + "; one of " + SCENARIOS + " or all");
    }
    ScenarioResult result = new ScenarioResult(scenario);
    log.log("%s: starting %s", scenario, targets.describe());
    try (Target target = targets.create(scenario)) {
      switch (scenario) {
        case "encrypt" -> encrypt(target, result);
        case "decrypt" -> decrypt(target, result);
        case "generate-data-key" -> generateDataKey(target, result);
        case "sign" -> keySpecOp(target, result, "ECC_NIST_P256", "SIGN_VERIFY", "Sign", Workloads::sign);
        case "sign-rsa" -> keySpecOp(target, result, "RSA_2048", "SIGN_VERIFY", "Sign", Workloads::signRsa);
        case "generate-mac" -> keySpecOp(target, result, "HMAC_256", "GENERATE_VERIFY_MAC", "GenerateMac",
            Workloads::generateMac);
        case "describe-key" -> describeKey(target, result);
        case "create-key" -> createKey(target, result);
        case "list-keys" -> listKeys(target, result);
        case "encrypt-100k" -> keyStore.encryptManyKeys(target, result);
        case "million-keys" -> keyStore.millionKeys(target, result);
        default -> throw new IllegalStateException(scenario);
      }
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      result.fail(e.getClass().getSimpleName() + ": " + e.getMessage());
      log.log("%s: FAILED: %s", scenario, result.reason());
    }
    Path file = Report.write(result, info, settings);
    log.log("%s: wrote %s", scenario, file);
    return result;
  }

  private void encrypt(Target t, ScenarioResult r) throws Exception {
    String key = measurer.createKey(t);
    ScenarioResult.Op op = measurer.measure(t, r, "Encrypt", Workloads.constant(Workloads.encrypt(key)), true);
    latencyAndRatioGoals(r, op);
  }

  private void decrypt(Target t, ScenarioResult r) throws Exception {
    String key = measurer.createKey(t);
    String blob;
    try (BlockingClient c = measurer.client(t)) {
      blob = c.require(Workloads.encrypt(key)).get("CiphertextBlob").asText();
    }
    measurer.measure(t, r, "Decrypt", Workloads.constant(Workloads.decrypt(blob)), true);
  }

  private void generateDataKey(Target t, ScenarioResult r) throws Exception {
    String key = measurer.createKey(t);
    ScenarioResult.Op op = measurer.measure(t, r, "GenerateDataKey",
        Workloads.constant(Workloads.generateDataKey(key)), true);
    latencyAndRatioGoals(r, op);
  }

  private void describeKey(Target t, ScenarioResult r) throws Exception {
    String key = measurer.createKey(t);
    measurer.measure(t, r, "DescribeKey", Workloads.constant(Workloads.describeKey(key)), true);
  }

  private void createKey(Target t, ScenarioResult r) throws Exception {
    measurer.measure(t, r, "CreateKey", Workloads.constant(Workloads.createKey(settings.keyPolicy())), false);
  }

  private void listKeys(Target t, ScenarioResult r) throws Exception {
    try (BlockingClient c = measurer.client(t)) {
      for (int i = 0; i < 100; i++) {
        c.require(Workloads.createKey());
      }
    }
    r.put("keys", 100);
    measurer.measure(t, r, "ListKeys (100 keys, default page)", Workloads.constant(Workloads.listKeys()), false);
  }

  /**
   * Sign and GenerateMac: measured once Trent can create their key specs (skipped until then), then
   * compared with the raw JCA primitive's rate on this machine.
   */
  private void keySpecOp(Target t, ScenarioResult r, String keySpec, String usage, String operation,
      Function<String, Call> call) throws Exception {
    String key;
    try (BlockingClient c = measurer.client(t)) {
      BlockingClient.Response created = c.call(Workloads.createKey(keySpec, usage));
      if (!created.ok()) {
        r.skip("key spec not available: CreateKey " + keySpec + " answered " + created.errorType());
        log.log("%s: skipped: key spec not available (%s)", r.scenario(), created.errorType());
        return;
      }
      key = created.json().get("KeyMetadata").get("KeyId").asText();
      BlockingClient.Response probe = c.call(call.apply(key));
      if (!probe.ok()) {
        r.skip(operation + " not available: answered " + probe.errorType());
        log.log("%s: skipped: %s answered %s", r.scenario(), operation, probe.errorType());
        return;
      }
    }
    r.put("key_spec", keySpec);
    ScenarioResult.Op op = measurer.measure(t, r, operation + " (" + keySpec + ")", Workloads.constant(call.apply(key)),
        true);
    rawComparison(r, op, keySpec, !keySpec.startsWith("HMAC"));
  }

  /**
   * The raw JCA primitive's rate next to the API's, measured while the target idles: for the
   * asymmetric operations the goal is at least half of it.
   */
  private void rawComparison(ScenarioResult r, ScenarioResult.Op op, String keySpec, boolean goal) throws Exception {
    RawPrimitive.Primitive primitive = RawPrimitive.forKeySpec(keySpec);
    if (primitive == null) {
      return;
    }
    Duration duration = settings.duration().compareTo(RAW_DURATION) < 0 ? settings.duration() : RAW_DURATION;
    duration = duration.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : duration;
    int threads = Runtime.getRuntime().availableProcessors();
    double raw = RawPrimitive.opsPerSecond(primitive, threads, duration.dividedBy(2), duration);
    double ratio = op.target().opsPerSecond() / raw;
    log.log("%s: raw JCA %s on %d threads: %,.0f/s; the API reaches %.2f of it", r.scenario(), primitive.name(),
        threads, raw, ratio);
    r.put("raw_jca_primitive", primitive.name());
    r.put("raw_jca_threads", threads);
    r.put("raw_jca_ops_per_s", round(raw, 1));
    r.put("ratio_to_raw_jca", round(ratio, 4));
    if (goal) {
      r.goal(op.operation() + " req/s over the raw JCA primitive's", ">= 0.50", ratio, ratio >= 0.5,
          String.format(Locale.ROOT, "%s: %,.0f/s", primitive.name(), raw));
    }
  }

  void latencyAndRatioGoals(ScenarioResult r, ScenarioResult.Op op) {
    double ratio = op.ratioToLimit();
    LoadResult durable = op.otherLimits().get(LimitServer.Replies.DURABLE);
    // The durable limit bounds what any server that makes a record durable before each reply can
    // reach here; beside the goal, it says how much of the gap is that.
    String note = durable == null || op.limit() == null ? "" : String.format(Locale.ROOT,
        "durable limit %,.0f/s, %.2f of the bare limit; target at %.2f of it",
        durable.opsPerSecond(), durable.opsPerSecond() / op.limit().opsPerSecond(), op.ratioToDurableLimit());
    r.goal(op.operation() + " req/s over the bare-HTTP limit's", ">= 0.50", ratio, ratio >= 0.5, note);
    if (op.halfRate() != null) {
      double p99 = op.halfRate().ms(99);
      r.goal(op.operation() + " p99 at half the maximum rate, ms", "< 5 ms", p99, p99 < 5,
          String.format(Locale.ROOT, "at %.0f req/s", op.halfRate().targetRate()));
    }
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
