package dev.trent.core.key;

import dev.trent.protocol.error.DisabledException;
import dev.trent.protocol.error.KMSInvalidStateException;
import dev.trent.store.StoredKey;

/**
 * The Developer Guide's "Key states and KMS API operations" table, for the operations Trent serves.
 * Each method throws AWS's error when the key's state does not allow the operation.
 */
public final class KeyStateRules {
  private KeyStateRules() {}

  /** Cryptographic operations: only an Enabled key may be used. */
  public static void requireUsable(StoredKey key) {
    switch (KeyState.of(key.keyState())) {
      case ENABLED -> { }
      case DISABLED -> throw new DisabledException(arn(key) + " is disabled.");
      default -> throw invalidState(key);
    }
  }

  /** Management operations that work on Enabled and Disabled keys only. */
  public static void requireManageable(StoredKey key) {
    KeyState state = KeyState.of(key.keyState());
    if (state != KeyState.ENABLED && state != KeyState.DISABLED) {
      throw invalidState(key);
    }
  }

  public static void requirePendingDeletion(StoredKey key) {
    if (KeyState.of(key.keyState()) != KeyState.PENDING_DELETION) {
      throw new KMSInvalidStateException(arn(key) + " is not pending deletion.");
    }
  }

  private static KMSInvalidStateException invalidState(StoredKey key) {
    String phrase = switch (KeyState.of(key.keyState())) {
      case PENDING_DELETION -> "pending deletion";
      case PENDING_IMPORT -> "pending import";
      case UNAVAILABLE -> "unavailable";
      case DISABLED -> "disabled";
      case ENABLED -> "enabled";
    };
    return new KMSInvalidStateException(arn(key) + " is " + phrase + ".");
  }

  private static String arn(StoredKey key) {
    return Arns.key(key.region(), key.accountId(), key.keyId());
  }
}
