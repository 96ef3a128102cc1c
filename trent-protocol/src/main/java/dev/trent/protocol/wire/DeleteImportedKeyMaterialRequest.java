package dev.trent.protocol.wire;

public record DeleteImportedKeyMaterialRequest(String keyId, String keyMaterialId) {}
