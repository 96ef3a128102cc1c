package dev.trent.protocol.wire;

import java.util.List;

/** Verify's input. {@code Message} is sensitive in the model, so toString leaves it out. */
public record VerifyRequest(
    String keyId,
    byte[] message,
    String messageType,
    byte[] signature,
    String signingAlgorithm,
    List<String> grantTokens,
    Boolean dryRun) {
  @Override
  public String toString() {
    return "VerifyRequest[keyId=" + keyId + ", message=redacted, messageType=" + messageType
        + ", signingAlgorithm=" + signingAlgorithm + "]";
  }
}
