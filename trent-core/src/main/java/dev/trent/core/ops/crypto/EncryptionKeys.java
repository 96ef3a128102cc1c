package dev.trent.core.ops.crypto;

import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.Arns;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.KeySpecRules;
import dev.trent.core.key.KeyStateRules;
import dev.trent.protocol.error.InvalidKeyUsageException;
import dev.trent.protocol.error.ValidationException;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredKey;
import java.util.Map;

/**
 * Encrypt, Decrypt and ReEncrypt for every ENCRYPT_DECRYPT key: picks the symmetric path or the
 * RSA / SM2 one by the key's spec (encrypting) or the requested algorithm (decrypting, since a raw
 * asymmetric ciphertext names no key), and holds the checks both paths share.
 */
final class EncryptionKeys {
  private EncryptionKeys() {}

  /**
   * The key {@code keyId} names, checked for encrypting {@code plaintextLength} bytes with {@code
   * algorithm} (null: SYMMETRIC_DEFAULT, the API's default) and {@code context}.
   */
  static EncryptingKey forEncryption(ReadTransaction tx, Services s, String keyId, String algorithm,
      Map<String, String> context, int plaintextLength, RequestContext ctx, String op) {
    StoredKey key = s.resolver().resolve(tx, keyId, KeyResolver.ANY_FORM, ctx, "kms:" + op);
    requireEncryptDecrypt(key, op);
    if (!KeySpecRules.SYMMETRIC_DEFAULT.equals(key.keySpec())) {
      return PublicKeyCiphers.forEncryption(tx, s, key, algorithm, context, plaintextLength);
    }
    if (algorithm != null && !SymmetricCiphers.ALGORITHM.equals(algorithm)) {
      throw incompatible(algorithm, key);
    }
    KeyStateRules.requireUsable(key);
    return new EncryptingKey(key, SymmetricCiphers.ALGORITHM, null);
  }

  /**
   * Decrypts {@code blob}. SYMMETRIC_DEFAULT (or no algorithm) reads the key from the blob and
   * KeyId is optional; any other algorithm needs KeyId, as the raw ciphertext names no key.
   */
  static Opened open(ReadTransaction tx, Services s, byte[] blob, Map<String, String> context,
      String keyId, String algorithm, RequestContext ctx, String op) {
    if (blob == null) {
      // Optional in the model only for DryRun with IGNORE_CIPHERTEXT; Coral's null-member text.
      throw new ValidationException("1 validation error detected: Value null at 'ciphertextBlob' "
          + "failed to satisfy constraint: Member must not be null");
    }
    if (algorithm == null || SymmetricCiphers.ALGORITHM.equals(algorithm)) {
      return SymmetricCiphers.decrypt(tx, s, blob, context, keyId, ctx, op);
    }
    return PublicKeyCiphers.decrypt(tx, s, blob, context, keyId, algorithm, ctx, op);
  }

  /** Recorded: "<key-arn> key usage is SIGN_VERIFY which is not valid for Encrypt." */
  static void requireEncryptDecrypt(StoredKey key, String op) {
    if (!KeySpecRules.ENCRYPT_DECRYPT.equals(key.keyUsage())) {
      throw new InvalidKeyUsageException(arn(key) + " key usage is " + key.keyUsage()
          + " which is not valid for " + op + ".");
    }
  }

  /**
   * AWS's text for an algorithm the key's spec lacks, e.g. Encrypt under an RSA key without an
   * EncryptionAlgorithm: "Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_4096."
   */
  static InvalidKeyUsageException incompatible(String algorithm, StoredKey key) {
    return new InvalidKeyUsageException(
        "Algorithm " + algorithm + " is incompatible with key spec " + key.keySpec() + ".");
  }

  static String arn(StoredKey key) {
    return Arns.key(key.region(), key.accountId(), key.keyId());
  }
}
