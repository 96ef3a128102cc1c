package dev.trent.core.ops.derived;

import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.Arns;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.KeyStateRules;
import dev.trent.core.key.MaterialPrimitives;
import dev.trent.protocol.error.InvalidKeyUsageException;
import dev.trent.protocol.error.KMSInternalException;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredKey;
import java.util.List;

/**
 * The checks every operation of this package makes on its KMS key, in the order the symmetric
 * operations make them: the key exists (any identifier form), its KeyUsage is the operation's,
 * the requested algorithm is one the key offers, and only then its state allows use. The
 * algorithms a key offers come from {@code KeySpecRules}, so an operation accepts exactly what
 * DescribeKey lists.
 */
final class KeyUse {
  private KeyUse() {}

  /**
   * The key named by {@code keyId}, checked for everything but its state; the caller checks the
   * algorithm next and then {@link KeyStateRules#requireUsable} (Disabled: DisabledException;
   * pending deletion or import: KMSInvalidStateException).
   */
  static StoredKey withUsage(
      ReadTransaction tx, Services s, String keyId, String usage, RequestContext ctx, String op) {
    StoredKey key = s.resolver().resolve(tx, keyId, KeyResolver.ANY_FORM, ctx, "kms:" + op);
    if (!usage.equals(key.keyUsage())) {
      // AWS: "<key-arn> key usage is ENCRYPT_DECRYPT which is not valid for GenerateMac."
      throw new InvalidKeyUsageException(
          arn(key) + " key usage is " + key.keyUsage() + " which is not valid for " + op + ".");
    }
    return key;
  }

  /**
   * Refuses an algorithm the key does not offer, with AWS's text ("Algorithm HMAC_SHA_256 is
   * incompatible with key spec HMAC_224.").
   */
  static void requireAlgorithm(StoredKey key, List<String> offered, String algorithm) {
    if (offered == null || !offered.contains(algorithm)) {
      throw new InvalidKeyUsageException(
          "Algorithm " + algorithm + " is incompatible with key spec " + key.keySpec() + ".");
    }
  }

  /** The primitives of the key's current material; a key without one is our fault. */
  static MaterialPrimitives primitives(ReadTransaction tx, Services s, StoredKey key) {
    return s.vault().primitives(tx, key, key.currentMaterialId())
        .orElseThrow(() -> new KMSInternalException("Key " + key.keyId() + " has no current material."));
  }

  static String arn(StoredKey key) {
    return Arns.key(key.region(), key.accountId(), key.keyId());
  }
}
