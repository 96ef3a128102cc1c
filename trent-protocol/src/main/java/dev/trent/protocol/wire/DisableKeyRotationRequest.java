package dev.trent.protocol.wire;

public record DisableKeyRotationRequest(String keyId) {}
