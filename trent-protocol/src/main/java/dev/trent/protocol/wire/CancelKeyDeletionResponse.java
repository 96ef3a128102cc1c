package dev.trent.protocol.wire;

public record CancelKeyDeletionResponse(String keyId) {}
