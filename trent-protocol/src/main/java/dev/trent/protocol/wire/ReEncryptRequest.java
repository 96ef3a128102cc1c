package dev.trent.protocol.wire;

import java.util.List;
import java.util.Map;

public record ReEncryptRequest(
    byte[] ciphertextBlob,
    Map<String, String> sourceEncryptionContext,
    String sourceKeyId,
    String destinationKeyId,
    Map<String, String> destinationEncryptionContext,
    String sourceEncryptionAlgorithm,
    String destinationEncryptionAlgorithm,
    List<String> grantTokens,
    Boolean dryRun) {}
