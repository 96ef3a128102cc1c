package dev.trent.crypto.encryption;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.keys.AsymmetricKeys;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.keys.SecureRandoms;
import java.security.GeneralSecurityException;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;

/**
 * Builds the {@link AsymmetricEncrypter} and {@link AsymmetricDecrypter} of an encryption algorithm
 * from encoded keys (SubjectPublicKeyInfo, PKCS#8). Building parses the key once.
 */
public final class AsymmetricCiphers {
  private AsymmetricCiphers() {}

  /**
   * @throws IllegalArgumentException when KMS does not offer {@code algorithm} for {@code spec}
   * @throws GeneralSecurityException when the key does not decode as a {@code spec} public key
   */
  public static AsymmetricEncrypter encrypter(
      EncryptionAlgorithm algorithm, KeySpec spec, byte[] publicKey, Randomness randomness)
      throws GeneralSecurityException {
    int max = algorithm.maxPlaintextLength(spec);
    if (algorithm == EncryptionAlgorithm.SM2PKE) {
      return new Sm2PkeEncrypterBc(
          (ECPublicKeyParameters) AsymmetricKeys.bcPublicKey(spec, publicKey), SecureRandoms.of(randomness));
    }
    return new RsaOaepEncrypterJce(
        algorithm, max, AsymmetricKeys.jcaPublicKey(spec, publicKey), SecureRandoms.of(randomness));
  }

  /**
   * @throws IllegalArgumentException when KMS does not offer {@code algorithm} for {@code spec}
   * @throws GeneralSecurityException when the key does not decode as a {@code spec} private key
   */
  public static AsymmetricDecrypter decrypter(EncryptionAlgorithm algorithm, KeySpec spec, SecretBytes privateKey)
      throws GeneralSecurityException {
    algorithm.maxPlaintextLength(spec);
    if (algorithm == EncryptionAlgorithm.SM2PKE) {
      return new Sm2PkeDecrypterBc((ECPrivateKeyParameters) AsymmetricKeys.bcPrivateKey(spec, privateKey));
    }
    return new RsaOaepDecrypterJce(algorithm, AsymmetricKeys.jcaPrivateKey(spec, privateKey));
  }
}
