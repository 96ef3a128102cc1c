package dev.trent.crypto;

import dev.trent.crypto.aead.AesGcmJce;
import dev.trent.crypto.blob.CiphertextBlob;
import dev.trent.crypto.blob.EncryptionContextEncoding;
import dev.trent.crypto.kdf.CounterModeKdf;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Map;

/**
 * One SYMMETRIC_DEFAULT key material, ready to encrypt and decrypt.
 *
 * <p>Every encryption derives a one-time AES-256 key from the material over a fresh random salt
 * (SP 800-108 counter mode, HMAC-SHA-256), so no GCM key ever sees two IVs, and authenticates the
 * blob header plus the canonical encryption context. Immutable and thread-safe.
 */
public final class SymmetricKey {
  private static final String LABEL = "trent symmetric v1";
  private static final int KEY_LENGTH = 32;

  private final String accountId;
  private final String keyId;
  private final byte[] materialId;
  private final CounterModeKdf kdf;
  private final Randomness randomness;

  public SymmetricKey(
      String accountId, String keyId, byte[] materialId, SecretBytes material, Randomness randomness) {
    if (material.length() != KEY_LENGTH) {
      throw new IllegalArgumentException("symmetric key material must be 256 bits");
    }
    this.accountId = accountId;
    this.keyId = keyId;
    this.materialId = materialId.clone();
    this.kdf = new CounterModeKdf(material, LABEL);
    this.randomness = randomness;
  }

  /** Encrypts {@code plaintext} into an encoded {@link CiphertextBlob}. */
  public byte[] encrypt(SecretBytes plaintext, Map<String, String> encryptionContext) {
    // One draw for both: each draw from the shared source takes its lock.
    byte[] fresh = randomness.bytes(CiphertextBlob.SALT_LENGTH + CiphertextBlob.IV_LENGTH);
    byte[] salt = Arrays.copyOfRange(fresh, 0, CiphertextBlob.SALT_LENGTH);
    byte[] iv = Arrays.copyOfRange(fresh, CiphertextBlob.SALT_LENGTH, fresh.length);
    CiphertextBlob shell =
        new CiphertextBlob(accountId, keyId, materialId, salt, iv, new byte[CiphertextBlob.TAG_LENGTH]);
    byte[] header = shell.header();
    byte[] raw = plaintext.toByteArray();
    try (SecretBytes oneTime = kdf.derive(salt, KEY_LENGTH)) {
      // The encoded blob is the header followed by what GCM seals, so GCM seals straight into it.
      byte[] blob = Arrays.copyOf(header, header.length + raw.length + CiphertextBlob.TAG_LENGTH);
      new AesGcmJce(oneTime).sealInto(iv, raw, aad(header, encryptionContext), blob, header.length);
      return blob;
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /**
   * Decrypts a blob made by this key material; any mismatch of header, context, tag or material
   * is a {@link GeneralSecurityException} with no detail for the caller.
   */
  public SecretBytes decrypt(CiphertextBlob blob, Map<String, String> encryptionContext)
      throws GeneralSecurityException {
    if (!Arrays.equals(blob.keyMaterialId(), materialId)
        || !blob.keyId().equals(keyId)
        || !blob.accountId().equals(accountId)) {
      throw new GeneralSecurityException("ciphertext belongs to another key material");
    }
    try (SecretBytes oneTime = kdf.derive(blob.salt(), KEY_LENGTH)) {
      return new AesGcmJce(oneTime).open(blob.iv(), blob.sealed(), aad(blob.header(), encryptionContext));
    }
  }

  private static byte[] aad(byte[] header, Map<String, String> context) {
    byte[] encoded = EncryptionContextEncoding.canonical(context);
    byte[] aad = Arrays.copyOf(header, header.length + encoded.length);
    System.arraycopy(encoded, 0, aad, header.length, encoded.length);
    return aad;
  }

  @Override
  public String toString() {
    return "SymmetricKey[" + keyId + ", redacted]";
  }
}
