package dev.trent.server.config;

/** One access key of the configuration file, for strict authentication. */
public record AccessKeyConfig(
    String accessKeyId, String secretAccessKey, String accountId, String principalArn) {
  @Override
  public String toString() {
    return "AccessKeyConfig[" + accessKeyId + ", " + accountId + ", " + principalArn + ", secret redacted]";
  }
}
