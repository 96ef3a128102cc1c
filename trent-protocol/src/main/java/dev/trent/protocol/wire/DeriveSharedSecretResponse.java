package dev.trent.protocol.wire;

public record DeriveSharedSecretResponse(
    String keyId, byte[] sharedSecret, String keyAgreementAlgorithm, String keyOrigin) {
  @Override
  public String toString() {
    return "DeriveSharedSecretResponse[keyId=" + keyId + ", sharedSecret=redacted]";
  }
}
