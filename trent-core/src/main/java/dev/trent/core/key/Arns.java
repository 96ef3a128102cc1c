package dev.trent.core.key;

/** ARN formats for keys and aliases. Trent serves the {@code aws} partition. */
public final class Arns {
  public static final String PARTITION = "aws";

  private Arns() {}

  public static String key(String region, String accountId, String keyId) {
    return "arn:" + PARTITION + ":kms:" + region + ":" + accountId + ":key/" + keyId;
  }

  public static String alias(String region, String accountId, String aliasName) {
    return "arn:" + PARTITION + ":kms:" + region + ":" + accountId + ":" + aliasName;
  }

  public static String accountRoot(String accountId) {
    return "arn:" + PARTITION + ":iam::" + accountId + ":root";
  }
}
