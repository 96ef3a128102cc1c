package dev.trent.protocol.wire;

public record GetKeyPolicyResponse(String policy, String policyName) {}
