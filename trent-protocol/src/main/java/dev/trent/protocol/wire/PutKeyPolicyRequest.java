package dev.trent.protocol.wire;

public record PutKeyPolicyRequest(
    String keyId, String policyName, String policy, Boolean bypassPolicyLockoutSafetyCheck) {}
