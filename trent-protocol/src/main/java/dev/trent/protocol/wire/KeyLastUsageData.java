package dev.trent.protocol.wire;

import java.time.Instant;

public record KeyLastUsageData(
    String operation, Instant timestamp, String cloudTrailEventId, String kmsRequestId) {}
