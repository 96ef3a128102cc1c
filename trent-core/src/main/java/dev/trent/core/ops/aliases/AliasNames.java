package dev.trent.core.ops.aliases;

import dev.trent.protocol.error.InvalidAliasNameException;
import dev.trent.protocol.error.ValidationException;

/** The rules for alias names beyond the model's pattern: the prefix, and the reserved aws/ space. */
final class AliasNames {
  static final String PREFIX = "alias/";
  private static final String RESERVED = "alias/aws/";

  private AliasNames() {}

  static void requirePrefix(String aliasName) {
    if (!aliasName.startsWith(PREFIX)) {
      throw new ValidationException("Alias must start with the prefix \"alias/\". Please see "
          + "https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html");
    }
  }

  /** For names a customer may create or retarget: not empty after the prefix, not reserved. */
  static void requireCustomerName(String aliasName) {
    requirePrefix(aliasName);
    if (aliasName.length() == PREFIX.length()) {
      throw new InvalidAliasNameException("Alias name must not be empty after the prefix \"alias/\".");
    }
    if (aliasName.startsWith(RESERVED)) {
      throw new InvalidAliasNameException(
          "Alias names that begin with \"alias/aws/\" are reserved for AWS managed keys.");
    }
  }
}
