package dev.trent.protocol.wire;

public record GetKeyPolicyRequest(String keyId, String policyName) {}
