package dev.trent.protocol.wire;

import java.util.List;
import java.util.Map;

public record EncryptRequest(
    String keyId,
    byte[] plaintext,
    Map<String, String> encryptionContext,
    List<String> grantTokens,
    String encryptionAlgorithm,
    Boolean dryRun) {
  @Override
  public String toString() {
    return "EncryptRequest[keyId=" + keyId + ", plaintext=redacted]";
  }
}
