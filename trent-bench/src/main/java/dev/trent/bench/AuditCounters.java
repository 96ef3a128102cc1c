package dev.trent.bench;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trent's audit group commits, from its Prometheus metrics ({@code trent_audit_commit_seconds},
 * {@code trent_audit_batch_records}): how many fsyncs, how long they took, how many records each
 * made durable, and how many took longer than {@link #SLOW_SECONDS} (the smallest histogram bound
 * at or above 20 ms). Every request waits for its record's commit, so these say whether a run's
 * tail was the disk's, and what one fsync's cost was shared by. Read before and after a run; the
 * difference is the run's ({@link #minus}).
 */
record AuditCounters(long commits, double seconds, double records, long slow, double slowOverMs) {
  static final double SLOW_SECONDS = 0.020;
  private static final Pattern BUCKET =
      Pattern.compile("(?m)^trent_audit_commit_seconds_bucket\\{le=\"([0-9.eE+-]+)\"[^}]*\\} ([0-9.eE+-]+)$");

  /**
   * The counters in a Prometheus text exposition; null when it has none (audit off, or not a
   * Trent).
   */
  static AuditCounters parse(String exposition) {
    Double commits = value(exposition, "trent_audit_commit_seconds_count");
    Double seconds = value(exposition, "trent_audit_commit_seconds_sum");
    Double records = value(exposition, "trent_audit_batch_records_sum");
    if (commits == null || seconds == null || records == null) {
      return null;
    }
    double bound = Double.POSITIVE_INFINITY;
    double withinBound = commits;
    Matcher m = BUCKET.matcher(exposition);
    while (m.find()) {
      double le = Double.parseDouble(m.group(1));
      if (le >= SLOW_SECONDS && le < bound) {
        bound = le;
        withinBound = Double.parseDouble(m.group(2));
      }
    }
    return new AuditCounters(commits.longValue(), seconds, records, Math.round(commits - withinBound),
        bound * 1000);
  }

  /** What happened between {@code earlier} and these. */
  AuditCounters minus(AuditCounters earlier) {
    return new AuditCounters(commits - earlier.commits, seconds - earlier.seconds, records - earlier.records,
        slow - earlier.slow, slowOverMs);
  }

  double recordsPerCommit() {
    return commits == 0 ? Double.NaN : records / commits;
  }

  double meanCommitMs() {
    return commits == 0 ? Double.NaN : seconds * 1000 / commits;
  }

  /** For the log line: {@code audit 9,120 fsyncs, 4.6 records each, 0.31 ms mean, 3 over 22 ms}. */
  String describe() {
    return String.format(Locale.ROOT, "audit %,d fsyncs, %.1f records each, %.2f ms mean, %d over %.0f ms",
        commits, recordsPerCommit(), meanCommitMs(), slow, slowOverMs);
  }

  private static Double value(String exposition, String name) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(exposition);
    return m.find() ? Double.parseDouble(m.group(1)) : null;
  }
}
