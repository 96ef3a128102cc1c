package dev.trent.core.ops.crypto;

import dev.trent.core.Services;
import dev.trent.core.key.Arns;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.encryption.AsymmetricEncrypter;
import dev.trent.protocol.error.KMSInternalException;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredKey;
import java.security.GeneralSecurityException;
import java.util.Map;

/**
 * A key checked for encrypting one plaintext: every rule has passed, so encrypting can only fail
 * through our fault. Symmetric keys make Trent's ciphertext blob, bound to the encryption context;
 * RSA and SM2 keys make the raw ciphertext of their algorithm, which names no key (as AWS's).
 *
 * @param algorithm the wire name of the algorithm, as the response reports it
 * @param publicKey the encrypter of an asymmetric key; null for a symmetric key
 */
record EncryptingKey(StoredKey key, String algorithm, AsymmetricEncrypter publicKey) {

  byte[] encrypt(ReadTransaction tx, Services s, SecretBytes plaintext, Map<String, String> context) {
    if (publicKey == null) {
      return SymmetricCiphers.encrypt(tx, s, key, plaintext, context);
    }
    try {
      return publicKey.encrypt(plaintext);
    } catch (GeneralSecurityException e) {
      throw new KMSInternalException("Encrypting with " + algorithm + " failed.");
    }
  }

  /** The KeyMaterialId a response reports: AWS shows it only for symmetric keys. */
  String materialId() {
    return publicKey == null ? key.currentMaterialId() : null;
  }

  String keyArn() {
    return Arns.key(key.region(), key.accountId(), key.keyId());
  }
}
