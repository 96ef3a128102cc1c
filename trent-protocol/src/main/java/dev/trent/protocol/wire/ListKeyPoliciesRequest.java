package dev.trent.protocol.wire;

public record ListKeyPoliciesRequest(String keyId, Integer limit, String marker) {}
