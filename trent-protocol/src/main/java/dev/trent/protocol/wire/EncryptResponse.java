package dev.trent.protocol.wire;

public record EncryptResponse(byte[] ciphertextBlob, String keyId, String encryptionAlgorithm) {}
