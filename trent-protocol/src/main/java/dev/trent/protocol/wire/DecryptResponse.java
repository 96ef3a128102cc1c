package dev.trent.protocol.wire;

public record DecryptResponse(
    String keyId, byte[] plaintext, String encryptionAlgorithm, String keyMaterialId) {
  @Override
  public String toString() {
    return "DecryptResponse[keyId=" + keyId + ", plaintext=redacted]";
  }
}
