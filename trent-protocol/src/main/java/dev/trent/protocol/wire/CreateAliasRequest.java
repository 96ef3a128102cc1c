package dev.trent.protocol.wire;

public record CreateAliasRequest(String aliasName, String targetKeyId) {}
