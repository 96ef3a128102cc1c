package dev.trent.protocol.wire;

public record VerifyMacResponse(String keyId, Boolean macValid, String macAlgorithm) {}
