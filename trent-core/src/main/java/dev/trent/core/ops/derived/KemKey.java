package dev.trent.core.ops.derived;

import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeySpecRules;
import dev.trent.core.key.KeyStateRules;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredKey;

/** The ML-KEM key of Encapsulate or Decapsulate, checked for usage, algorithm and state. */
final class KemKey {
  private KemKey() {}

  /**
   * @param algorithm an EncapsulationAlgorithmSpec value (the model validator has checked the enum)
   */
  static StoredKey of(
      ReadTransaction tx, Services s, String keyId, String algorithm, RequestContext ctx, String op) {
    StoredKey key = KeyUse.withUsage(tx, s, keyId, KeySpecRules.ENCAPSULATE_DECAPSULATE, ctx, op);
    KeyUse.requireAlgorithm(
        key, KeySpecRules.encapsulationAlgorithms(key.keySpec(), key.keyUsage()), algorithm);
    KeyStateRules.requireUsable(key);
    return key;
  }
}
