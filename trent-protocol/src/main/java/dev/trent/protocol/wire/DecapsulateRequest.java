package dev.trent.protocol.wire;

import java.util.List;

public record DecapsulateRequest(
    String keyId,
    byte[] sharedSecretCiphertextBlob,
    String encapsulationAlgorithm,
    List<String> grantTokens,
    Boolean dryRun) {}
