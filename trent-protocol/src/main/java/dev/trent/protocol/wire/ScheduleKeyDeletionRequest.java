package dev.trent.protocol.wire;

public record ScheduleKeyDeletionRequest(String keyId, Integer pendingWindowInDays) {}
