package dev.trent.protocol.wire;

public record VerifyResponse(String keyId, Boolean signatureValid, String signingAlgorithm) {}
