package dev.trent.protocol.wire;

public record DeleteAliasRequest(String aliasName) {}
