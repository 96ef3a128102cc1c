package dev.trent.protocol.wire;

import java.util.List;

public record ListKeyPoliciesResponse(List<String> policyNames, String nextMarker, Boolean truncated) {}
