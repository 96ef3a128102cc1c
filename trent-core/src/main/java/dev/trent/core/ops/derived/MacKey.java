package dev.trent.core.ops.derived;

import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeySpecRules;
import dev.trent.core.key.KeyStateRules;
import dev.trent.crypto.mac.Mac;
import dev.trent.crypto.mac.MacAlgorithm;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredKey;

/** An HMAC key checked for GenerateMac or VerifyMac, with its MAC for the requested algorithm. */
record MacKey(StoredKey key, Mac mac) {
  /**
   * @param algorithm a MacAlgorithmSpec value (the model validator has checked the enum)
   */
  static MacKey of(
      ReadTransaction tx, Services s, String keyId, String algorithm, RequestContext ctx, String op) {
    StoredKey key = KeyUse.withUsage(tx, s, keyId, KeySpecRules.GENERATE_VERIFY_MAC, ctx, op);
    KeyUse.requireAlgorithm(key, KeySpecRules.macAlgorithms(key.keySpec(), key.keyUsage()), algorithm);
    KeyStateRules.requireUsable(key);
    return new MacKey(key, KeyUse.primitives(tx, s, key).mac(MacAlgorithm.valueOf(algorithm)));
  }

  String arn() {
    return KeyUse.arn(key);
  }
}
