package dev.trent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditCountersTest {
  private static String exposition(long commits, double seconds, double records, long within22ms) {
    return String.join("\n",
        "# HELP trent_audit_commit_seconds Write and fsync of one audit group commit",
        "# TYPE trent_audit_commit_seconds histogram",
        "trent_audit_commit_seconds_bucket{le=\"0.016777216\"} " + within22ms,
        "trent_audit_commit_seconds_bucket{le=\"0.022369621\"} " + within22ms,
        "trent_audit_commit_seconds_bucket{le=\"0.027962026\"} " + commits,
        "trent_audit_commit_seconds_bucket{le=\"+Inf\"} " + commits,
        "trent_audit_commit_seconds_count " + commits,
        "trent_audit_commit_seconds_sum " + seconds,
        "trent_audit_commit_seconds_max 0.025",
        "trent_audit_batch_records_count " + commits,
        "trent_audit_batch_records_sum " + records,
        "trent_requests_seconds_count{error=\"none\",operation=\"Encrypt\"} 99",
        "");
  }

  @Test
  void aRunsCommits_areTheDifferenceOfTwoScrapes() {
    AuditCounters before = AuditCounters.parse(exposition(100, 0.03, 460.0, 100));
    AuditCounters after = AuditCounters.parse(exposition(1100, 0.33, 5060.0, 1097));

    AuditCounters run = after.minus(before);

    assertThat(run.commits()).isEqualTo(1000);
    assertThat(run.recordsPerCommit()).isEqualTo(4.6);
    assertThat(run.meanCommitMs()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(run.slow()).isEqualTo(3);
    assertThat(run.slowOverMs()).isCloseTo(22.37, org.assertj.core.data.Offset.offset(0.01));
    assertThat(run.describe()).isEqualTo("audit 1,000 fsyncs, 4.6 records each, 0.30 ms mean, 3 over 22 ms");
  }

  @Test
  void withoutAuditMeters_thereAreNoCounters() {
    assertThat(AuditCounters.parse("trent_requests_seconds_count{operation=\"Encrypt\"} 1\n")).isNull();
  }
}
