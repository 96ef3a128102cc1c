package dev.trent.protocol.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

public record GenerateDataKeyPairRequest(
    Map<String, String> encryptionContext,
    String keyId,
    String keyPairSpec,
    List<String> grantTokens,
    JsonNode recipient,
    Boolean dryRun) {}
