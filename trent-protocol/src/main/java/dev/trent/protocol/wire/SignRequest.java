package dev.trent.protocol.wire;

import java.util.List;

/** Sign's input. {@code Message} is sensitive in the model, so toString leaves it out. */
public record SignRequest(
    String keyId,
    byte[] message,
    String messageType,
    List<String> grantTokens,
    String signingAlgorithm,
    Boolean dryRun) {
  @Override
  public String toString() {
    return "SignRequest[keyId=" + keyId + ", message=redacted, messageType=" + messageType
        + ", signingAlgorithm=" + signingAlgorithm + "]";
  }
}
