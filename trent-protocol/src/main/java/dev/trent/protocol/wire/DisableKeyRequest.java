package dev.trent.protocol.wire;

public record DisableKeyRequest(String keyId) {}
