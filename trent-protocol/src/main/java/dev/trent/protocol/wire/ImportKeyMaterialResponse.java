package dev.trent.protocol.wire;

public record ImportKeyMaterialResponse(String keyId, String keyMaterialId) {}
