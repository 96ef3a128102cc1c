package dev.trent.protocol.wire;

public record CreateKeyResponse(KeyMetadata keyMetadata) {}
