package dev.trent.protocol.wire;

public record DecapsulateResponse(String keyId, byte[] sharedSecret, String encapsulationAlgorithm) {
  @Override
  public String toString() {
    return "DecapsulateResponse[keyId=" + keyId + ", sharedSecret=redacted]";
  }
}
