package dev.trent.core.ops.crypto;

import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.KeySpecRules;
import dev.trent.core.key.KeyStateRules;
import dev.trent.core.key.MaterialPrimitives;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.encryption.EncryptionAlgorithm;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.protocol.error.InvalidCiphertextException;
import dev.trent.protocol.error.KMSInternalException;
import dev.trent.protocol.error.ValidationException;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredKey;
import java.security.GeneralSecurityException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encryption under RSA (RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256) and SM2 (SM2PKE) keys. The
 * ciphertext is the algorithm's raw output, exactly as AWS returns it, so anyone holding the
 * public key from GetPublicKey can encrypt for Trent. Checks run in the symmetric path's order:
 * usage, algorithm, then the request's content, then the key's state. Decryption fails one way:
 * InvalidCiphertextException with no message, the reason in the debug log.
 */
final class PublicKeyCiphers {
  private static final Logger LOG = LoggerFactory.getLogger(PublicKeyCiphers.class);

  private PublicKeyCiphers() {}

  /** {@code key} has usage ENCRYPT_DECRYPT and an asymmetric spec; the rest is checked here. */
  static EncryptingKey forEncryption(ReadTransaction tx, Services s, StoredKey key, String algorithmName,
      Map<String, String> context, int plaintextLength) {
    EncryptionAlgorithm algorithm = algorithmFor(key, algorithmName);
    refuseContext(context);
    KeySpec spec = KeySpec.valueOf(key.keySpec());
    int max = algorithm.maxPlaintextLength(spec);
    if (plaintextLength > max) {
      // Recorded: "Algorithm RSAES_OAEP_SHA_1 and key spec RSA_2048 cannot encrypt data larger
      // than 214 bytes."
      throw new ValidationException("Algorithm " + algorithm + " and key spec " + spec
          + " cannot encrypt data larger than " + max + " bytes.");
    }
    KeyStateRules.requireUsable(key);
    return new EncryptingKey(key, algorithm.name(), primitives(tx, s, key).encrypter(algorithm));
  }

  /**
   * Decrypts a raw RSA-OAEP or SM2 ciphertext under the key {@code keyId} names. Without a KeyId
   * there is no key to try: the ciphertext cannot be decrypted, as in AWS, where the key would be
   * looked for in the (absent) blob header.
   */
  static Opened decrypt(ReadTransaction tx, Services s, byte[] blob, Map<String, String> context,
      String keyId, String algorithmName, RequestContext ctx, String op) {
    if (keyId == null) {
      throw invalid("an asymmetric ciphertext without a KeyId", null);
    }
    StoredKey key = s.resolver().resolve(tx, keyId, KeyResolver.ANY_FORM, ctx, "kms:" + op);
    EncryptionKeys.requireEncryptDecrypt(key, op);
    EncryptionAlgorithm algorithm = algorithmFor(key, algorithmName);
    refuseContext(context);
    KeyStateRules.requireUsable(key);
    try {
      SecretBytes plaintext = primitives(tx, s, key).decrypter(algorithm).decrypt(blob);
      return new Opened(key, null, algorithm.name(), plaintext);
    } catch (GeneralSecurityException e) {
      // Wrong key, wrong algorithm, altered or truncated ciphertext: all look the same.
      throw invalid(algorithm + " decryption failed", e);
    }
  }

  /** The algorithm, which must be one of the key's (SYMMETRIC_DEFAULT never is). */
  private static EncryptionAlgorithm algorithmFor(StoredKey key, String name) {
    String requested = name == null ? SymmetricCiphers.ALGORITHM : name;
    if (KeySpecRules.SYMMETRIC_DEFAULT.equals(key.keySpec()) || SymmetricCiphers.ALGORITHM.equals(requested)) {
      throw EncryptionKeys.incompatible(requested, key);
    }
    // The model's enum check ran first: every other name is an EncryptionAlgorithm.
    EncryptionAlgorithm algorithm = EncryptionAlgorithm.valueOf(requested);
    if (!algorithm.supports(KeySpec.valueOf(key.keySpec()))) {
      throw EncryptionKeys.incompatible(requested, key);
    }
    return algorithm;
  }

  /**
   * API reference, Encrypt: "The standard asymmetric encryption algorithms ... do not support an
   * encryption context." The text is the one KMS emulators checked against AWS use; AWS's own is
   * not in the public recordings.
   */
  private static void refuseContext(Map<String, String> context) {
    if (context != null && !context.isEmpty()) {
      throw new ValidationException(
          "EncryptionContext is not supported when encrypting/decrypting with asymmetric CMKs.");
    }
  }

  private static MaterialPrimitives primitives(ReadTransaction tx, Services s, StoredKey key) {
    return s.vault().primitives(tx, key, key.currentMaterialId())
        .orElseThrow(() -> new KMSInternalException("Key " + key.keyId() + " has no current material."));
  }

  private static InvalidCiphertextException invalid(String reason, Exception cause) {
    LOG.debug("InvalidCiphertextException: {}", reason, cause);
    return new InvalidCiphertextException(null);
  }
}
