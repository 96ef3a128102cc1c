package dev.trent.protocol.wire;

public record GenerateDataKeyPairResponse(
    byte[] privateKeyCiphertextBlob,
    byte[] privateKeyPlaintext,
    byte[] publicKey,
    String keyId,
    String keyPairSpec,
    String keyMaterialId) {
  @Override
  public String toString() {
    return "GenerateDataKeyPairResponse[keyId=" + keyId + ", keyPairSpec=" + keyPairSpec
        + ", privateKeyPlaintext=redacted]";
  }
}
