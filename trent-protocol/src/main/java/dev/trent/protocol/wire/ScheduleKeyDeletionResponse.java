package dev.trent.protocol.wire;

import java.time.Instant;

public record ScheduleKeyDeletionResponse(
    String keyId, Instant deletionDate, String keyState, Integer pendingWindowInDays) {}
