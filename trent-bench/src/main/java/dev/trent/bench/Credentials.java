package dev.trent.bench;

/** The access key the load generator signs with, and the region of its credential scope. */
public record Credentials(String accessKeyId, String secretAccessKey, String region) {
  @Override
  public String toString() {
    return "Credentials[" + accessKeyId + ", " + region + ", secret redacted]";
  }
}
