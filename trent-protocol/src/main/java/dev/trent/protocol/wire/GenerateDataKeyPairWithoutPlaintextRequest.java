package dev.trent.protocol.wire;

import java.util.List;
import java.util.Map;

public record GenerateDataKeyPairWithoutPlaintextRequest(
    Map<String, String> encryptionContext,
    String keyId,
    String keyPairSpec,
    List<String> grantTokens,
    Boolean dryRun) {}
