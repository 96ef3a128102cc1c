package dev.trent.core.ops.rotation;

import dev.trent.core.key.Arns;
import dev.trent.core.key.KeySpecRules;
import dev.trent.core.key.KeyState;
import dev.trent.protocol.error.KMSInvalidStateException;
import dev.trent.protocol.error.UnsupportedOperationException;
import dev.trent.store.StoredKey;

/**
 * Which keys rotate (Developer Guide, "Rotate AWS KMS keys"): symmetric encryption keys whose
 * material KMS generated. Asymmetric and HMAC keys are refused with an empty
 * UnsupportedOperationException, as recorded for RotateKeyOnDemand; keys with imported material
 * with AWS's origin text.
 */
final class RotationRules {
  static final int DEFAULT_PERIOD_DAYS = 365;
  /** RotateKeyOnDemand: "You can perform on-demand rotation of a key up to 10 times" (API reference). */
  static final int ON_DEMAND_LIMIT = 10;

  private RotationRules() {}

  /** Automatic rotation: symmetric keys with generated material. */
  static void requireRotatable(StoredKey key) {
    requireSymmetric(key);
    if (!"AWS_KMS".equals(key.origin())) {
      throw new UnsupportedOperationException(
          arn(key) + " origin is " + key.origin() + " which is not valid for this operation.");
    }
  }

  /** Rotation status, history and on-demand rotation: symmetric encryption keys of any origin. */
  static void requireSymmetric(StoredKey key) {
    if (!KeySpecRules.SYMMETRIC_DEFAULT.equals(key.keySpec())) {
      throw new UnsupportedOperationException(null);
    }
  }

  /** Reading the rotation status or history: any state but Unavailable. */
  static void requireReadable(StoredKey key) {
    if (KeyState.of(key.keyState()) == KeyState.UNAVAILABLE) {
      throw new KMSInvalidStateException(arn(key) + " is unavailable.");
    }
  }

  static String arn(StoredKey key) {
    return Arns.key(key.region(), key.accountId(), key.keyId());
  }
}
