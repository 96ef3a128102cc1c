package dev.trent.protocol.wire;

import java.util.List;
import java.util.Map;

public record GenerateDataKeyWithoutPlaintextRequest(
    String keyId,
    Map<String, String> encryptionContext,
    String keySpec,
    Integer numberOfBytes,
    List<String> grantTokens,
    Boolean dryRun) {}
