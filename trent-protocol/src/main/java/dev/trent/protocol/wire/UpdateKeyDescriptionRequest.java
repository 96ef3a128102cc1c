package dev.trent.protocol.wire;

public record UpdateKeyDescriptionRequest(String keyId, String description) {}
