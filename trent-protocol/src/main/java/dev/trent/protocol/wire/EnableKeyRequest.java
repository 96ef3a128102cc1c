package dev.trent.protocol.wire;

public record EnableKeyRequest(String keyId) {}
