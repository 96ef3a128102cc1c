package dev.trent.protocol.wire;

public record RotateKeyOnDemandRequest(String keyId) {}
