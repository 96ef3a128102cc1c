package dev.trent.core.ops.derived;

import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeySpecRules;
import dev.trent.core.key.KeyStateRules;
import dev.trent.core.ops.crypto.DryRun;
import dev.trent.crypto.SymmetricKey;
import dev.trent.crypto.keys.KeyMaterialGenerator;
import dev.trent.crypto.keys.KeyPairMaterial;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.protocol.error.InvalidKeyUsageException;
import dev.trent.protocol.error.KMSInternalException;
import dev.trent.protocol.error.UnsupportedOperationException;
import dev.trent.store.StoredKey;
import java.util.Map;

/**
 * What GenerateDataKeyPair and GenerateDataKeyPairWithoutPlaintext share: a fresh key pair of the
 * requested KeyPairSpec, its PKCS#8 private key encrypted under a symmetric encryption KMS key
 * exactly as GenerateDataKey encrypts a data key (so Decrypt, with the same encryption context,
 * returns the PKCS#8), and its DER SubjectPublicKeyInfo. Thread-safe.
 */
final class DataKeyPairs {
  /** A generated pair; the caller owns {@code pair} and must wipe it. */
  record DataKeyPair(
      StoredKey key, String materialId, KeyPairMaterial pair, byte[] privateKeyCiphertext) {}

  private record Target(StoredKey key, SymmetricKey cipher) {}

  private final Services services;
  private final KeyMaterialGenerator generator;

  DataKeyPairs(Services services) {
    this.services = services;
    this.generator = new KeyMaterialGenerator(services.randomness());
  }

  /**
   * @param keyPairSpec a DataKeyPairSpec value (the model validator has checked the enum)
   */
  DataKeyPair generate(String keyId, String keyPairSpec, Map<String, String> context, Boolean dryRun,
      RequestContext ctx, String op) {
    if ("SM2".equals(keyPairSpec) && !services.sm2Regions().allows(ctx.region())) {
      // AWS offers SM2 only in China Regions; Trent where its configuration allows. CreateKey's
      // text outside them was reported as "KeySpec SM2 is not supported in this Region".
      throw new UnsupportedOperationException("KeyPairSpec SM2 is not supported in this Region.");
    }
    KeySpec spec = KeySpec.valueOf(keyPairSpec);
    Target target = services.store().read(tx -> {
      StoredKey key = KeyUse.withUsage(tx, services, keyId, KeySpecRules.ENCRYPT_DECRYPT, ctx, op);
      if (!KeySpecRules.SYMMETRIC_DEFAULT.equals(key.keySpec())) {
        // An RSA or SM2 encryption key: the usage fits, the key spec does not. Not recorded
        // against AWS; the wording of local-kms, as GenerateDataKey uses it.
        throw new InvalidKeyUsageException(KeyUse.arn(key) + " key KeySpec is " + key.keySpec()
            + " which is not valid for " + op + ".");
      }
      KeyStateRules.requireUsable(key);
      DryRun.stopIfRequested(dryRun);
      SymmetricKey cipher = services.vault().symmetricKey(tx, key, key.currentMaterialId())
          .orElseThrow(() ->
              new KMSInternalException("Key " + key.keyId() + " has no current material."));
      return new Target(key, cipher);
    });
    // Outside the transaction: an RSA_4096 pair can take a second to generate.
    KeyPairMaterial pair = generator.generateKeyPair(spec);
    try {
      byte[] blob = target.cipher().encrypt(pair.privateKey(), context);
      return new DataKeyPair(target.key(), target.key().currentMaterialId(), pair, blob);
    } catch (RuntimeException e) {
      pair.wipe();
      throw e;
    }
  }
}
