package dev.trent.crypto.encryption;

import dev.trent.crypto.SecretBytes;
import java.security.GeneralSecurityException;

/** Decrypts with one private key and one {@link EncryptionAlgorithm}. Immutable, thread-safe. */
public interface AsymmetricDecrypter {
  EncryptionAlgorithm algorithm();

  /**
   * The plaintext, owned by the caller. Any malformed, altered or foreign ciphertext fails with a
   * {@link GeneralSecurityException} that says nothing more; the caller answers {@code
   * InvalidCiphertextException}.
   */
  SecretBytes decrypt(byte[] ciphertext) throws GeneralSecurityException;
}
