package dev.trent.protocol.wire;

public record ListAliasesRequest(String keyId, Integer limit, String marker) {}
