package dev.trent.protocol.wire;

public record DeleteImportedKeyMaterialResponse(String keyId, String keyMaterialId) {}
