package dev.trent.protocol.wire;

public record GetKeyLastUsageRequest(String keyId) {}
