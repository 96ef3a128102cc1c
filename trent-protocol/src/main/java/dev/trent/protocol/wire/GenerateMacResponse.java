package dev.trent.protocol.wire;

public record GenerateMacResponse(byte[] mac, String macAlgorithm, String keyId) {}
