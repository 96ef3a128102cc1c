package dev.trent.protocol.wire;

public record GenerateRandomResponse(byte[] plaintext) {
  @Override
  public String toString() {
    return "GenerateRandomResponse[plaintext=redacted]";
  }
}
