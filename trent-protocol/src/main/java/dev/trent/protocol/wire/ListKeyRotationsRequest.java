package dev.trent.protocol.wire;

public record ListKeyRotationsRequest(
    String keyId, String includeKeyMaterial, Integer limit, String marker) {}
