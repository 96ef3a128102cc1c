package dev.trent.crypto.encryption;

import dev.trent.crypto.SecretBytes;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * RSAES-OAEP (RFC 8017 §7.1) from the JDK with KMS's parameters: SHA-1 or SHA-256 for both the
 * label hash and MGF1, empty label. The seed comes from the injected randomness.
 */
final class RsaOaepEncrypterJce implements AsymmetricEncrypter {
  private final EncryptionAlgorithm algorithm;
  private final int maxPlaintext;
  private final PublicKey key;
  private final SecureRandom random;

  RsaOaepEncrypterJce(EncryptionAlgorithm algorithm, int maxPlaintext, PublicKey key, SecureRandom random) {
    this.algorithm = algorithm;
    this.maxPlaintext = maxPlaintext;
    this.key = key;
    this.random = random;
  }

  static OAEPParameterSpec parameters(EncryptionAlgorithm algorithm, byte[] label) {
    MGF1ParameterSpec mgf = algorithm == EncryptionAlgorithm.RSAES_OAEP_SHA_1
        ? MGF1ParameterSpec.SHA1
        : MGF1ParameterSpec.SHA256;
    return new OAEPParameterSpec(algorithm.hashName(), "MGF1", mgf, new PSource.PSpecified(label));
  }

  @Override
  public EncryptionAlgorithm algorithm() {
    return algorithm;
  }

  @Override
  public byte[] encrypt(SecretBytes plaintext) throws GeneralSecurityException {
    if (plaintext.length() == 0 || plaintext.length() > maxPlaintext) {
      throw new IllegalArgumentException(algorithm + " cannot encrypt " + plaintext.length() + " bytes");
    }
    Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, parameters(algorithm, new byte[0]), random);
    byte[] raw = plaintext.toByteArray();
    try {
      return cipher.doFinal(raw);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }
}
