package dev.trent.protocol.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

public record GenerateDataKeyRequest(
    String keyId,
    Map<String, String> encryptionContext,
    Integer numberOfBytes,
    String keySpec,
    List<String> grantTokens,
    Boolean dryRun,
    JsonNode recipient) {}
