package dev.trent.protocol.wire;

public record GenerateDataKeyPairWithoutPlaintextResponse(
    byte[] privateKeyCiphertextBlob,
    byte[] publicKey,
    String keyId,
    String keyPairSpec,
    String keyMaterialId) {}
