package dev.trent.protocol.wire;

public record EncapsulateResponse(
    String keyId,
    byte[] sharedSecret,
    byte[] sharedSecretCiphertextBlob,
    String encapsulationAlgorithm) {
  @Override
  public String toString() {
    return "EncapsulateResponse[keyId=" + keyId + ", sharedSecret=redacted]";
  }
}
