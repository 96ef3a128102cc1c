package dev.trent.protocol.wire;

public record GenerateDataKeyWithoutPlaintextResponse(
    byte[] ciphertextBlob, String keyId, String keyMaterialId) {}
