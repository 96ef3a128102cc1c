package dev.trent.crypto.encryption;

import dev.trent.crypto.SecretBytes;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.interfaces.RSAKey;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;

/**
 * RSAES-OAEP decryption from the JDK (SHA-1 or SHA-256 with MGF1 of the same hash, empty label).
 * A ciphertext must be exactly the modulus length; every failure is the same bare exception.
 */
final class RsaOaepDecrypterJce implements AsymmetricDecrypter {
  private final EncryptionAlgorithm algorithm;
  private final PrivateKey key;
  private final int modulusLength;
  private final byte[] label;

  RsaOaepDecrypterJce(EncryptionAlgorithm algorithm, PrivateKey key) {
    this(algorithm, key, new byte[0]);
  }

  /** With an OAEP label, which KMS never uses; for vector tests only. */
  RsaOaepDecrypterJce(EncryptionAlgorithm algorithm, PrivateKey key, byte[] label) {
    this.algorithm = algorithm;
    this.key = key;
    this.modulusLength = (((RSAKey) key).getModulus().bitLength() + 7) / 8;
    this.label = label.clone();
  }

  @Override
  public EncryptionAlgorithm algorithm() {
    return algorithm;
  }

  @Override
  public SecretBytes decrypt(byte[] ciphertext) throws GeneralSecurityException {
    if (ciphertext.length != modulusLength) {
      throw new BadPaddingException("decryption failed");
    }
    try {
      Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, RsaOaepEncrypterJce.parameters(algorithm, label));
      return SecretBytes.adopt(cipher.doFinal(ciphertext));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new BadPaddingException("decryption failed");
    }
  }
}
