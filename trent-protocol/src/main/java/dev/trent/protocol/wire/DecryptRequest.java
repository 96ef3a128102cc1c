package dev.trent.protocol.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

public record DecryptRequest(
    byte[] ciphertextBlob,
    Map<String, String> encryptionContext,
    List<String> grantTokens,
    String keyId,
    String encryptionAlgorithm,
    Boolean dryRun,
    JsonNode recipient) {}
