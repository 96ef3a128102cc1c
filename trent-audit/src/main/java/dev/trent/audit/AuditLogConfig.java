package dev.trent.audit;

import java.time.Duration;

/**
 * How the log rotates and how often it signs.
 *
 * @param maxSegmentBytes a segment is closed once it holds at least this many bytes
 * @param maxSegmentAge a segment is closed once it is this old (checked before each write)
 * @param digestEveryRecords a digest is signed once this many records are not yet covered
 * @param digestInterval a digest is signed once the oldest uncovered record is this old
 */
public record AuditLogConfig(
    long maxSegmentBytes, Duration maxSegmentAge, int digestEveryRecords, Duration digestInterval) {

  public static AuditLogConfig defaults() {
    return new AuditLogConfig(64L << 20, Duration.ofHours(1), 1000, Duration.ofSeconds(60));
  }

  public AuditLogConfig {
    if (maxSegmentBytes < 1 || digestEveryRecords < 1) {
      throw new IllegalArgumentException("segment size and digest count must be positive");
    }
  }
}
