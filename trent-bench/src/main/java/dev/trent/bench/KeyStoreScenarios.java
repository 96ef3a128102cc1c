package dev.trent.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.HdrHistogram.Histogram;

/**
 * The scenarios over many keys: Encrypt spread over 100,000 keys against one key (the cache-miss
 * path), and a store of a million keys (creation rate, size per key, restart time, memory, and
 * DescribeKey and Encrypt over random keys).
 */
final class KeyStoreScenarios {
  private static final long GIB = 1L << 30;

  private final Bench.Settings settings;
  private final Measurer measurer;
  private final BenchLog log;

  KeyStoreScenarios(Bench.Settings settings, Measurer measurer, BenchLog log) {
    this.settings = settings;
    this.measurer = measurer;
    this.log = log;
  }

  void encryptManyKeys(Target t, ScenarioResult r) throws Exception {
    int n = settings.manyKeys();
    if (n < 3) {
      throw new IllegalArgumentException("encrypt-100k needs --many-keys of at least 3, not " + n);
    }
    Measurer.Created created = measurer.createKeys(t, r.scenario(), n, null);
    List<String> keys = created.keys();
    r.put("keys", keys.size());
    r.put("create_seconds", Bench.round(created.seconds(), 1));
    r.put("create_per_s", Bench.round(keys.size() / created.seconds(), 1));
    if (t.restartable()) {
      t.stop();
      t.start();
      r.put("restarted_before_measuring", true); // caches hold no key: every key's first use misses
    }
    // One key first: it brings the restarted JVM's compiled code for Encrypt to where the other
    // runs find it, so no run is charged for the JIT's start-up alone.
    ScenarioResult.Op single = measurer.measure(t, r, "Encrypt (single key)",
        Workloads.constant(Workloads.encrypt(keys.get(0))), false);
    // Every other key once, in a random order: each call a cache miss (the store read, the
    // material's unwrapping). The first half warms that path; the second half is measured.
    List<String> unused = new ArrayList<>(keys.subList(1, keys.size()));
    Collections.shuffle(unused, new Random(1));
    int warm = unused.size() / 2;
    ScenarioResult.Op firstUse = measurer.measureCalls(t, r, "Encrypt (first use of each key)",
        Workloads.encryptEachKeyOnce(unused), warm, unused.size() - warm);
    // Then over all of them at random, as a store of this many keys in use is served.
    ScenarioResult.Op spread = measurer.measure(t, r, String.format(Locale.ROOT, "Encrypt (random of %,d keys)",
        keys.size()), Workloads.randomEncrypt(keys), false);
    r.setPrimary(spread);
    double ratio = spread.target().opsPerSecond() / single.target().opsPerSecond();
    double firstUseRatio = firstUse.target().opsPerSecond() / single.target().opsPerSecond();
    r.put("ratio_to_single_key", Bench.round(ratio, 3));
    r.put("first_use_ratio_to_single_key", Bench.round(firstUseRatio, 3));
    log.log("%s: Encrypt over %,d keys: %.2f of one key's rate at random, %.2f on each key's first use",
        r.scenario(), keys.size(), ratio, firstUseRatio);
    r.goal("Encrypt req/s over many keys / over one key", ">= 0.70", ratio, ratio >= 0.70,
        String.format(Locale.ROOT, "%,d keys", keys.size()));
  }

  void millionKeys(Target t, ScenarioResult r) throws Exception {
    int requested = settings.millionKeys();
    // The first 20 seconds of creation are the pilot: the rate of their second half (the JIT warm)
    // tells whether the full count fits in the time allowed.
    measurer.awaitQuiet(r.scenario());
    Measurer.Created pilot = measurer.createKeys(t, r.scenario(), requested, Duration.ofSeconds(20));
    long[] pilotSeconds = pilot.load().perSecond();
    double pilotRate = pilotSeconds.length >= 12
        ? Arrays.stream(pilotSeconds, pilotSeconds.length - 11, pilotSeconds.length - 1).sum() / 10.0
        : pilot.keys().size() / pilot.seconds();
    int count = requested;
    boolean reduced = false;
    if (requested / pilotRate > settings.maxCreateMinutes() * 60 && requested > 100_000) {
      count = 100_000;
      reduced = true;
      log.log("%s: at %.0f CreateKey/s, %,d keys would take %.0f min (> %.0f): creating %,d and extrapolating",
          r.scenario(), pilotRate, requested, requested / pilotRate / 60, settings.maxCreateMinutes(), count);
    }
    r.put("pilot_create_per_s", Bench.round(pilotRate, 1));
    List<String> keys = new ArrayList<>(pilot.keys());
    double seconds = pilot.seconds();
    LoadResult rest = null;
    if (keys.size() < count) {
      Measurer.Created more = measurer.createKeys(t, r.scenario(), count - keys.size(), null);
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
    r.put("create_seconds", Bench.round(seconds, 1));
    r.put("create_per_s", Bench.round(createRate, 1));
    r.put("create_per_s_first_10pct", Bench.round(rateOfSlice(timeline, 0.0, 0.1), 1));
    r.put("create_per_s_last_10pct", Bench.round(rateOfSlice(timeline, 0.9, 1.0), 1));
    r.put("create_p50_ms", Bench.round(createLatency.getValueAtPercentile(50) / 1e6, 3));
    r.put("create_p99_ms", Bench.round(createLatency.getValueAtPercentile(99) / 1e6, 3));
    if (reduced) {
      r.put("extrapolated_create_seconds_for_requested", Bench.round(requested / createRate, 0));
    }
    r.add(new ScenarioResult.Op(String.format(Locale.ROOT, "CreateKey (creating %,d keys)", keys.size()),
        new LoadResult(keys.size(), pilot.load().errors() + (rest == null ? 0 : rest.errors()),
            pilot.load().statuses(), pilot.load().firstError(), seconds, createLatency,
            new Histogram(LoadGenerator.HIGHEST_NANOS, 3),
            sum(pilot.load().serverCpuSeconds(), rest == null ? 0 : rest.serverCpuSeconds()),
            sum(pilot.load().serverSystemCpuSeconds(), rest == null ? 0 : rest.serverSystemCpuSeconds()),
            sum(pilot.load().clientCpuSeconds(), rest == null ? 0 : rest.clientCpuSeconds()),
            sum(pilot.load().machineCpuSeconds(), rest == null ? 0 : rest.machineCpuSeconds()),
            sum(pilot.load().interruptCpuSeconds(), rest == null ? 0 : rest.interruptCpuSeconds()),
            pilot.load().requestBytes(), timeline, 0, 0),
        null, null, 0, Map.of(), ProcStats.rssBytes(t.pid()), ProcStats.statusBytes(t.pid(), "VmHWM"), null, null));

    double readyMs = Double.NaN;
    long rssReady = -1;
    if (t.restartable()) {
      t.stop();
      Path dir = t.dataDir().orElseThrow();
      long bytes = Files2.size(dir);
      r.put("data_dir_bytes", bytes);
      r.put("data_dir_bytes_per_key", Bench.round((double) bytes / keys.size(), 1));
      // The database alone (trent.db and its WAL) is the store's cost per key; the rest is mostly
      // the audit log, one record per request (the creations, and whatever else was called).
      long database = Files2.sizeOfMatching(dir, "trent.db");
      r.put("database_bytes", database);
      r.put("database_bytes_per_key", Bench.round((double) database / keys.size(), 1));
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
        measurer.awaitQuiet(r.scenario());
        starts.add(t.start());
      }
      starts.sort(java.util.Comparator.comparingDouble(Target.StartTiming::readyMs));
      Target.StartTiming timing = starts.get(1);
      readyMs = timing.readyMs();
      rssReady = ProcStats.rssBytes(t.pid());
      r.put("start_to_listening_ms", Bench.round(timing.listeningMs(), 1));
      r.put("start_to_ready_ms", Bench.round(timing.readyMs(), 1));
      r.put("start_to_ready_ms_all", starts.stream().map(s -> Bench.round(s.readyMs(), 1)).toList());
      r.put("rss_bytes_at_ready", rssReady);
      log.log("%s: %,d keys, %.1f MB on disk (%.0f B/key; the database %.0f B/key); restart: listening %.0f ms,"
          + " ready %.0f ms, RSS %.0f MiB", r.scenario(), keys.size(), bytes / 1e6, (double) bytes / keys.size(),
          (double) database / keys.size(), timing.listeningMs(), readyMs, rssReady / 1048576.0);
    }
    measurer.measure(t, r, String.format(Locale.ROOT, "DescribeKey (random of %,d keys)", keys.size()),
        Workloads.randomDescribe(keys), false);
    ScenarioResult.Op encrypt = measurer.measure(t, r, String.format(Locale.ROOT, "Encrypt (random of %,d keys)",
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
}
