package dev.trent.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The results: one JSON file per scenario, and the table printed at the end of a run. */
public final class Report {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Report() {}

  /** Writes {@code <resultsDir>/<scenario>.json}; returns its path. */
  static Path write(ScenarioResult r, RunInfo info, Bench.Settings s) throws IOException {
    Files.createDirectories(s.resultsDir());
    Path file = s.resultsDir().resolve(r.scenario() + ".json");
    Path tmp = s.resultsDir().resolve(r.scenario() + ".json.tmp");
    JSON.writeValue(tmp.toFile(), toJson(r, info, s));
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return file;
  }

  static Map<String, Object> toJson(ScenarioResult r, RunInfo info, Bench.Settings s) {
    Map<String, Object> m = new LinkedHashMap<>();
    ScenarioResult.Op p = r.primaryOp();
    m.put("scenario", r.scenario());
    m.put("status", r.status());
    m.put("reason", r.reason());
    m.put("operation", p == null ? null : p.operation());
    m.put("ops_per_s", p == null ? null : num(p.target().opsPerSecond(), 1));
    m.put("p50_ms", p == null ? null : num(p.target().ms(50), 3));
    m.put("p99_ms", p == null ? null : num(p.target().ms(99), 3));
    m.put("limit_ops_per_s", p == null || p.limit() == null ? null : num(p.limit().opsPerSecond(), 1));
    m.put("ratio_to_limit", p == null ? null : num(p.ratioToLimit(), 3));
    m.put("server_cpu_percent", p == null ? null : num(p.target().serverCpuPercent(), 1));
    m.put("half_rate_p99_ms", p == null || p.halfRate() == null ? null : num(p.halfRate().ms(99), 3));
    m.put("commit", info.commit());
    m.put("dirty", info.dirty());
    m.put("started_at", info.startedAt());
    m.put("target", info.target());
    m.put("command", info.command());
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("warmup_min_s", s.warmup().toMillis() / 1000.0);
    settings.put("warmup_max_s", s.maxWarmup().toMillis() / 1000.0);
    settings.put("duration_s", s.duration().toMillis() / 1000.0);
    settings.put("concurrency", s.concurrency());
    settings.put("client_threads", s.clientThreads());
    settings.put("key_policy", s.keyPolicySource() == null ? "default" : s.keyPolicySource());
    m.put("settings", settings);
    m.put("machine", info.machine());
    List<Object> ops = new ArrayList<>();
    for (ScenarioResult.Op op : r.ops()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("operation", op.operation());
      o.putAll(load(op.target()));
      putAudit(o, op.audit());
      o.put("response_bytes", op.responseBytes());
      o.put("server_rss_bytes", op.serverRssBytes() < 0 ? null : op.serverRssBytes());
      o.put("server_peak_rss_bytes", op.serverPeakRssBytes() < 0 ? null : op.serverPeakRssBytes());
      o.put("limit_ops_per_s", op.limit() == null ? null : num(op.limit().opsPerSecond(), 1));
      o.put("ratio_to_limit", num(op.ratioToLimit(), 3));
      o.put("limit", op.limit() == null ? null : load(op.limit()));
      LoadResult handoff = op.otherLimits().get(LimitServer.Replies.HANDOFF);
      if (handoff != null) {
        o.put("limit_with_handoff", load(handoff));
      }
      LoadResult durable = op.otherLimits().get(LimitServer.Replies.DURABLE);
      if (durable != null) {
        o.put("ratio_to_durable_limit", num(op.ratioToDurableLimit(), 3));
        o.put("limit_durable", load(durable));
      }
      if (op.halfRate() != null) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("target_ops_per_s", num(op.halfRate().targetRate(), 1));
        h.putAll(load(op.halfRate()));
        putAudit(h, op.halfRateAudit());
        o.put("half_rate", h);
      }
      ops.add(o);
    }
    m.put("operations", ops);
    List<Object> goals = new ArrayList<>();
    for (ScenarioResult.Goal g : r.goals()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("goal", g.goal());
      o.put("target", g.target());
      o.put("value", num(g.value(), 3));
      o.put("met", g.met());
      o.put("note", g.note());
      goals.add(o);
    }
    m.put("goals", goals);
    m.putAll(r.extras());
    return m;
  }

  /**
   * The target's audit commits during a run, warm-up included: fsyncs, records per fsync, mean
   * commit time, and commits slower than about 20 ms (the disk's stalls, which every request
   * queued behind them waits out).
   */
  private static void putAudit(Map<String, Object> o, AuditCounters a) {
    if (a == null) {
      return;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fsyncs", a.commits());
    m.put("records_per_fsync", num(a.recordsPerCommit(), 2));
    m.put("mean_commit_ms", num(a.meanCommitMs(), 3));
    m.put("commits_over_ms", num(a.slowOverMs(), 1));
    m.put("slow_commits", a.slow());
    o.put("audit_during_run", m);
  }

  private static Map<String, Object> load(LoadResult l) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("ops_per_s", num(l.opsPerSecond(), 1));
    o.put("requests", l.ok());
    o.put("errors", l.errors());
    if (l.errors() > 0) {
      o.put("error_statuses", l.statuses());
      o.put("first_error", l.firstError());
    }
    o.put("seconds", num(l.seconds(), 3));
    o.put("warmup_s", num(l.warmupSeconds(), 1));
    o.put("p50_ms", num(l.ms(50), 3));
    o.put("p90_ms", num(l.ms(90), 3));
    o.put("p99_ms", num(l.ms(99), 3));
    o.put("p999_ms", num(l.ms(99.9), 3));
    o.put("max_ms", num(l.maxMs(), 3));
    if (l.sendLag().getTotalCount() > 0) {
      o.put("send_lag_p50_ms", num(l.sendLagMs(50), 3));
      o.put("send_lag_p99_ms", num(l.sendLagMs(99), 3));
    }
    o.put("server_cpu_percent", num(l.serverCpuPercent(), 1));
    o.put("server_cpu_us_per_op", num(l.serverCpuMicrosPerOp(), 1));
    o.put("server_cpu_kernel_share", num(l.serverSystemShare(), 3));
    o.put("client_cpu_percent", num(l.clientCpuPercent(), 1));
    o.put("other_cpu_percent", num(l.otherCpuPercent(), 1));
    o.put("interrupt_cpu_percent", num(l.interruptCpuPercent(), 1));
    o.put("request_bytes", l.requestBytes());
    return o;
  }

  private static Double num(double v, int decimals) {
    return Double.isNaN(v) || Double.isInfinite(v) ? null : Bench.round(v, decimals);
  }

  /** One run in a log line. */
  static String line(LoadResult l) {
    return String.format(Locale.ROOT, "%,9.0f req/s  p50 %7.3f ms  p99 %7.3f ms  server CPU %5.1f%% (%s us/req, %s kernel)"
            + "  client CPU %5.1f%%  other %5.1f%%  warm-up %.0f s%s%s",
        l.opsPerSecond(), l.ms(50), l.ms(99), l.serverCpuPercent(), fmt(l.serverCpuMicrosPerOp(), "%.0f"),
        fmt(100 * l.serverSystemShare(), "%.0f%%"), l.clientCpuPercent(), l.otherCpuPercent(), l.warmupSeconds(),
        l.sendLag().getTotalCount() == 0 ? ""
            : String.format(Locale.ROOT, "  send lag p99 %.3f ms", l.sendLagMs(99)),
        l.errors() > 0 ? "  ERRORS " + l.errors() + " " + l.statuses() : "");
  }

  private static final String[] HEADER = {"Scenario", "Operation", "req/s", "p50 ms", "p99 ms", "CPU %",
      "CPU us/req", "limit req/s", "ratio to limit", "p99 ms @50% rate", "other CPU %"};

  /** The rows of the table, one per measured operation (or one for a skipped or failed scenario). */
  static List<String[]> rows(List<ScenarioResult> results) {
    List<String[]> rows = new ArrayList<>();
    for (ScenarioResult r : results) {
      if (!"ok".equals(r.status()) && r.ops().isEmpty()) {
        rows.add(new String[] {r.scenario(), r.status() + ": " + r.reason(), "", "", "", "", "", "", "", "", ""});
        continue;
      }
      for (ScenarioResult.Op op : r.ops()) {
        LoadResult t = op.target();
        rows.add(new String[] {
            r.scenario(),
            op.operation(),
            fmt(t.opsPerSecond(), "%,.0f"),
            fmt(t.ms(50), "%.2f"),
            fmt(t.ms(99), "%.2f"),
            fmt(t.serverCpuPercent(), "%.0f"),
            fmt(t.serverCpuMicrosPerOp(), "%.0f"),
            op.limit() == null ? "-" : fmt(op.limit().opsPerSecond(), "%,.0f"),
            op.limit() == null ? "-" : fmt(op.ratioToLimit(), "%.2f"),
            op.halfRate() == null ? "-" : fmt(op.halfRate().ms(99), "%.2f")
                + fmt(op.halfRate().targetRate(), " (%,.0f/s)"),
            fmt(t.otherCpuPercent(), "%.0f")});
      }
      if (!"ok".equals(r.status())) {
        rows.add(new String[] {r.scenario(), r.status() + ": " + r.reason(), "", "", "", "", "", "", "", "", ""});
      }
    }
    return rows;
  }

  /** A fixed-width table for the terminal. */
  static String text(List<ScenarioResult> results) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    rows.addAll(rows(results));
    int[] width = new int[HEADER.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (!(row[2].isEmpty() && i == 1)) {
          width[i] = Math.max(width[i], row[i].length());
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        String cell = row[i];
        boolean left = i < 2;
        out.append(left ? String.format("%-" + width[i] + "s", cell) : String.format("%" + width[i] + "s", cell));
        out.append(i == row.length - 1 ? "" : "  ");
      }
      while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
        out.setLength(out.length() - 1);
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The goals checked, one line each. */
  static String goals(List<ScenarioResult> results) {
    StringBuilder out = new StringBuilder();
    for (ScenarioResult r : results) {
      for (ScenarioResult.Goal g : r.goals()) {
        out.append(String.format(Locale.ROOT, "%-4s %-14s %s: %s (goal %s)%s%n", g.met() ? "MET" : "MISS",
            r.scenario(), g.goal(), fmt(g.value(), "%,.3f"), g.target(),
            g.note().isEmpty() ? "" : " [" + g.note() + "]"));
      }
    }
    return out.toString();
  }

  private static String fmt(double v, String format) {
    return Double.isNaN(v) || Double.isInfinite(v) ? "n/a" : String.format(Locale.ROOT, format, v);
  }
}
