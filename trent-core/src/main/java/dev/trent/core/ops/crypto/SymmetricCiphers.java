package dev.trent.core.ops.crypto;

import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.Arns;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.KeyStateRules;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.SymmetricKey;
import dev.trent.crypto.blob.CiphertextBlob;
import dev.trent.protocol.error.AccessDeniedException;
import dev.trent.protocol.error.IncorrectKeyException;
import dev.trent.protocol.error.InvalidCiphertextException;
import dev.trent.protocol.error.InvalidKeyUsageException;
import dev.trent.protocol.error.KMSInternalException;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredKey;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encryption and decryption under SYMMETRIC_DEFAULT keys, shared by Encrypt, Decrypt, ReEncrypt and
 * the data-key operations ({@link EncryptionKeys} sends asymmetric keys elsewhere). Decryption
 * fails one way: whatever is wrong with a ciphertext, the caller sees InvalidCiphertextException
 * with no message; the reason goes to the debug log. The exception is AWS's own: an intact
 * ciphertext whose key was deleted or is in another region is AccessDenied.
 */
final class SymmetricCiphers {
  static final String ALGORITHM = "SYMMETRIC_DEFAULT";
  private static final Logger LOG = LoggerFactory.getLogger(SymmetricCiphers.class);

  private SymmetricCiphers() {}

  /**
   * A symmetric key that may encrypt a data key now (GenerateDataKey*): right usage, spec and
   * state. Data keys exist only under symmetric keys; an RSA or SM2 ENCRYPT_DECRYPT key is refused
   * with InvalidKeyUsageException (the text is local-kms's, AWS's is not in the recordings).
   */
  static StoredKey dataKeyEncryptionKey(
      ReadTransaction tx, Services s, String keyId, RequestContext ctx, String op) {
    StoredKey key = s.resolver().resolve(tx, keyId, KeyResolver.ANY_FORM, ctx, "kms:" + op);
    EncryptionKeys.requireEncryptDecrypt(key, op);
    if (!ALGORITHM.equals(key.keySpec())) {
      throw new InvalidKeyUsageException(EncryptionKeys.arn(key) + " key KeySpec is " + key.keySpec()
          + " which is not valid for " + op + ".");
    }
    KeyStateRules.requireUsable(key);
    return key;
  }

  static byte[] encrypt(
      ReadTransaction tx, Services s, StoredKey key, SecretBytes plaintext, Map<String, String> context) {
    SymmetricKey symmetric = s.vault().symmetricKey(tx, key, key.currentMaterialId())
        .orElseThrow(() -> new KMSInternalException("Key " + key.keyId() + " has no current material."));
    return symmetric.encrypt(plaintext, context);
  }

  static Opened decrypt(ReadTransaction tx, Services s, byte[] blobBytes, Map<String, String> context,
      String requestedKeyId, RequestContext ctx, String op) {
    CiphertextBlob blob;
    try {
      blob = CiphertextBlob.parse(blobBytes);
    } catch (GeneralSecurityException e) {
      throw invalid("unparseable ciphertext", e);
    }
    StoredKey key = keyOf(tx, s, blob, ctx);
    if (requestedKeyId != null) {
      StoredKey requested = s.resolver().resolve(tx, requestedKeyId, KeyResolver.ANY_FORM, ctx, "kms:" + op);
      if (!requested.keyId().equals(key.keyId())) {
        throw new IncorrectKeyException(
            "The key ID in the request does not identify a CMK that can perform this operation.");
      }
    } else {
      // Resolving by ARN applies the same account checks as an explicit KeyId would.
      s.resolver().resolve(tx, Arns.key(key.region(), key.accountId(), key.keyId()),
          KeyResolver.ANY_FORM, ctx, "kms:" + op);
    }
    if (!ALGORITHM.equals(key.keySpec())) {
      // Only a forged blob names a key that is not symmetric (every symmetric key is
      // ENCRYPT_DECRYPT): Trent never made it.
      throw invalid("ciphertext names a key that is not symmetric", null);
    }
    KeyStateRules.requireUsable(key);
    String materialId = HexFormat.of().formatHex(blob.keyMaterialId());
    SymmetricKey symmetric = s.vault().symmetricKey(tx, key, materialId)
        .orElseThrow(() -> invalid("ciphertext names an unknown key material", null));
    try {
      return new Opened(key, materialId, ALGORITHM, symmetric.decrypt(blob, context));
    } catch (GeneralSecurityException e) {
      throw invalid("authentication failed", e);
    }
  }

  /**
   * The key a well-formed blob names. AWS answers AccessDeniedException for a ciphertext whose key
   * was deleted or lives in another region; a key id that never existed here can only come from a
   * damaged blob, which fails like any other damage.
   */
  private static StoredKey keyOf(ReadTransaction tx, Services s, CiphertextBlob blob, RequestContext ctx) {
    StoredKey key = s.resolver().row(tx, blob.keyId()).orElse(null);
    if (key == null) {
      if (tx.wasDeleted(blob.keyId())) {
        throw unknownKey();
      }
      throw invalid("ciphertext names a key that never existed", null);
    }
    if (!key.accountId().equals(blob.accountId())) {
      throw invalid("ciphertext names another account", null);
    }
    if (!key.region().equals(ctx.region())) {
      throw unknownKey();
    }
    return key;
  }

  private static AccessDeniedException unknownKey() {
    return new AccessDeniedException("The ciphertext refers to a customer master key that does not "
        + "exist, does not exist in this region, or you are not allowed to access.");
  }

  private static InvalidCiphertextException invalid(String reason, Exception cause) {
    LOG.debug("InvalidCiphertextException: {}", reason, cause);
    return new InvalidCiphertextException(null);
  }
}
