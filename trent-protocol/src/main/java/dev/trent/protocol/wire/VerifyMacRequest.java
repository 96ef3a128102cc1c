package dev.trent.protocol.wire;

import java.util.List;

public record VerifyMacRequest(
    byte[] message,
    String keyId,
    String macAlgorithm,
    byte[] mac,
    List<String> grantTokens,
    Boolean dryRun) {
  @Override
  public String toString() {
    return "VerifyMacRequest[keyId=" + keyId + ", macAlgorithm=" + macAlgorithm + ", message=redacted]";
  }
}
