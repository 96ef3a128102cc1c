package dev.trent.protocol.wire;

public record SignResponse(String keyId, byte[] signature, String signingAlgorithm) {}
