package dev.trent.protocol.wire;

public record GetKeyRotationStatusRequest(String keyId) {}
