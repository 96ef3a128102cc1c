package dev.trent.core.ops.aliases;

import dev.trent.core.key.KeyIdentifier;
import dev.trent.core.key.KeyIdentifier.Form;
import dev.trent.protocol.error.InvalidAliasNameException;
import dev.trent.protocol.error.ValidationException;

/**
 * The rules for alias names beyond the model's pattern: the prefix, the reserved aws/ space, and
 * that an alias names a key, never another alias.
 */
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

  /**
   * An alias must point at a key (key id or key ARN), never at another alias. AWS refuses an alias
   * name or alias ARN here with a ValidationException rather than the NotFoundException a
   * management operation gives for other identifiers it does not accept.
   */
  static void requireKeyTarget(String targetKeyId) {
    KeyIdentifier target = KeyIdentifier.parse(targetKeyId);
    if (target != null && (target.form() == Form.ALIAS_NAME || target.form() == Form.ALIAS_ARN)) {
      throw new ValidationException("Aliases must refer to keys. Not aliases");
    }
  }
}
