package dev.trent.protocol.wire;

public record UpdateAliasRequest(String aliasName, String targetKeyId) {}
