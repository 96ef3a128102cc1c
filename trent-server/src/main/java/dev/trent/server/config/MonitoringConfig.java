package dev.trent.server.config;

import dev.trent.audit.AuditLogConfig;
import java.time.Duration;

/**
 * The audit log and the admin (metrics) listener.
 *
 * @param auditEnabled false only for benchmarks and throwaway setups: no record of any call is kept
 * @param auditLog rotation and digest cadence of {@code <data-dir>/audit}
 * @param adminPort port of the loopback-only admin listener serving {@code /metrics}; -1 (the
 *     default) means no listener, 0 picks a free port
 */
public record MonitoringConfig(boolean auditEnabled, AuditLogConfig auditLog, int adminPort) {
  public MonitoringConfig {
    if (adminPort < -1 || adminPort > 65535) {
      throw new IllegalArgumentException("admin port must be -1 (off) or 0..65535");
    }
  }

  public static MonitoringConfig defaults() {
    return new MonitoringConfig(true, AuditLogConfig.defaults(), -1);
  }

  public MonitoringConfig withAuditEnabled(boolean v) {
    return new MonitoringConfig(v, auditLog, adminPort);
  }

  public MonitoringConfig withAdminPort(int v) {
    return new MonitoringConfig(auditEnabled, auditLog, v);
  }

  public MonitoringConfig withDigestCadence(int records, Duration interval) {
    return new MonitoringConfig(auditEnabled, new AuditLogConfig(auditLog.maxSegmentBytes(),
        auditLog.maxSegmentAge(), records, interval), adminPort);
  }

  public MonitoringConfig withRotation(long maxSegmentBytes, Duration maxSegmentAge) {
    return new MonitoringConfig(auditEnabled, new AuditLogConfig(maxSegmentBytes, maxSegmentAge,
        auditLog.digestEveryRecords(), auditLog.digestInterval()), adminPort);
  }
}
