package dev.trent.protocol.wire;

public record ReEncryptResponse(
    byte[] ciphertextBlob,
    String sourceKeyId,
    String keyId,
    String sourceEncryptionAlgorithm,
    String destinationEncryptionAlgorithm,
    String sourceKeyMaterialId,
    String destinationKeyMaterialId) {}
