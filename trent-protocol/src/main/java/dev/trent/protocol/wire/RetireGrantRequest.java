package dev.trent.protocol.wire;

public record RetireGrantRequest(String grantToken, String keyId, String grantId, Boolean dryRun) {}
