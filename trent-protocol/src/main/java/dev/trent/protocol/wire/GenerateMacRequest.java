package dev.trent.protocol.wire;

import java.util.List;

public record GenerateMacRequest(
    byte[] message, String keyId, String macAlgorithm, List<String> grantTokens, Boolean dryRun) {
  @Override
  public String toString() {
    return "GenerateMacRequest[keyId=" + keyId + ", macAlgorithm=" + macAlgorithm + ", message=redacted]";
  }
}
