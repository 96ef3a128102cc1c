package dev.trent.protocol.wire;

public record GenerateDataKeyResponse(
    byte[] ciphertextBlob, byte[] plaintext, String keyId, String keyMaterialId) {
  @Override
  public String toString() {
    return "GenerateDataKeyResponse[keyId=" + keyId + ", plaintext=redacted]";
  }
}
