package dev.trent.protocol.wire;

public record EnableKeyRotationRequest(String keyId, Integer rotationPeriodInDays) {}
