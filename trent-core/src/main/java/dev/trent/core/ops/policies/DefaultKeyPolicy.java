package dev.trent.core.ops.policies;

import dev.trent.core.key.Arns;

/**
 * The key policy AWS gives a key created without one (Developer Guide, "Default key policy"): one
 * statement, "Enable IAM User Permissions", giving the account's root {@code kms:*} on the key, so
 * that the account's identity policies decide who else may use it. Formatted as GetKeyPolicy
 * returns it.
 */
public final class DefaultKeyPolicy {
  private DefaultKeyPolicy() {}

  public static String forAccount(String accountId) {
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
