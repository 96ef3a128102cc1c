package dev.trent.protocol.wire;

public record ListKeysRequest(Integer limit, String marker) {}
