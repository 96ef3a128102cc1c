package dev.trent.core.ops.imports;

import dev.trent.core.key.Arns;
import dev.trent.core.key.KeyState;
import dev.trent.protocol.error.KMSInvalidStateException;
import dev.trent.protocol.error.UnsupportedOperationException;
import dev.trent.store.StoredKey;

/**
 * Which keys take imported material: origin EXTERNAL (AWS's recorded origin text otherwise), in
 * any state but PendingDeletion and Unavailable; an Enabled or Disabled key may get its own
 * material again, e.g. to change its expiration.
 */
final class ImportRules {
  static final String EXPIRES = "KEY_MATERIAL_EXPIRES";
  static final String DOES_NOT_EXPIRE = "KEY_MATERIAL_DOES_NOT_EXPIRE";

  private ImportRules() {}

  static void requireExternal(StoredKey key) {
    if (!"EXTERNAL".equals(key.origin())) {
      throw new UnsupportedOperationException(
          arn(key) + " origin is " + key.origin() + " which is not valid for this operation.");
    }
  }

  static void requireImportable(StoredKey key) {
    requireExternal(key);
    switch (KeyState.of(key.keyState())) {
      case PENDING_IMPORT, ENABLED, DISABLED -> { }
      case PENDING_DELETION -> throw new KMSInvalidStateException(arn(key) + " is pending deletion.");
      default -> throw new KMSInvalidStateException(arn(key) + " is unavailable.");
    }
  }

  static String arn(StoredKey key) {
    return Arns.key(key.region(), key.accountId(), key.keyId());
  }
}
