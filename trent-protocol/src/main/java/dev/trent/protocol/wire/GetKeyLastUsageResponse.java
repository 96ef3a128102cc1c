package dev.trent.protocol.wire;

import java.time.Instant;

public record GetKeyLastUsageResponse(
    String keyId, KeyLastUsageData keyLastUsage, Instant trackingStartDate, Instant keyCreationDate) {}
