package dev.trent.core.ops.keys;

import dev.trent.core.key.Arns;

/** The key policy AWS gives a key created without one: the account may do everything. */
final class DefaultKeyPolicy {
  private DefaultKeyPolicy() {}

  static String forAccount(String accountId) {
    return "{\n"
        + "  \"Version\" : \"2012-10-17\",\n"
        + "  \"Id\" : \"key-default-1\",\n"
        + "  \"Statement\" : [ {\n"
        + "    \"Sid\" : \"Enable IAM User Permissions\",\n"
        + "    \"Effect\" : \"Allow\",\n"
        + "    \"Principal\" : {\n"
        + "      \"AWS\" : \"" + Arns.accountRoot(accountId) + "\"\n"
        + "    },\n"
        + "    \"Action\" : \"kms:*\",\n"
        + "    \"Resource\" : \"*\"\n"
        + "  } ]\n"
        + "}";
  }
}
