package dev.trent.protocol.wire;

public record RotateKeyOnDemandResponse(String keyId) {}
