package dev.trent.protocol.wire;

import java.time.Instant;

public record ImportKeyMaterialRequest(
    String keyId,
    byte[] importToken,
    byte[] encryptedKeyMaterial,
    Instant validTo,
    String expirationModel,
    String importType,
    String keyMaterialDescription,
    String keyMaterialId) {
  @Override
  public String toString() {
    return "ImportKeyMaterialRequest[keyId=" + keyId + ", encryptedKeyMaterial=redacted]";
  }
}
