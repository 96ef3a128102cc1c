package dev.trent.protocol.wire;

import java.util.List;

public record EncapsulateRequest(
    String keyId, String encapsulationAlgorithm, List<String> grantTokens, Boolean dryRun) {}
