package dev.trent.crypto.encryption;

import dev.trent.crypto.SecretBytes;
import java.security.GeneralSecurityException;

/** Encrypts under one public key with one {@link EncryptionAlgorithm}. Immutable, thread-safe. */
public interface AsymmetricEncrypter {
  EncryptionAlgorithm algorithm();

  /**
   * The ciphertext of {@code plaintext}: the raw OAEP block (modulus length) for RSA, the GM/T
   * 0009 ASN.1 {@code SEQUENCE {x, y, hash, ciphertext}} for SM2PKE. Randomized.
   *
   * @throws IllegalArgumentException when the plaintext exceeds {@link
   *     EncryptionAlgorithm#maxPlaintextLength} or is empty
   */
  byte[] encrypt(SecretBytes plaintext) throws GeneralSecurityException;
}
