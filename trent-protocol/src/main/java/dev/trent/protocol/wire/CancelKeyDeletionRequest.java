package dev.trent.protocol.wire;

public record CancelKeyDeletionRequest(String keyId) {}
