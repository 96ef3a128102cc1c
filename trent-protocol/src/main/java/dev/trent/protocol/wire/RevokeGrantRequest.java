package dev.trent.protocol.wire;

public record RevokeGrantRequest(String keyId, String grantId, Boolean dryRun) {}
