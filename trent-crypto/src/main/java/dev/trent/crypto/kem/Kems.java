package dev.trent.crypto.kem;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.keys.AsymmetricKeys;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.keys.SecureRandoms;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;

/** Builds ML-KEM encapsulators and decapsulators from encoded keys. */
public final class Kems {
  private Kems() {}

  /**
   * @param publicKey the SubjectPublicKeyInfo holding the FIPS 203 encapsulation key
   * @throws IllegalArgumentException when {@code spec} is not an ML-KEM spec
   * @throws GeneralSecurityException when the key does not decode, including an encapsulation key
   *     that fails FIPS 203's modulus check (§7.2)
   */
  public static KemEncapsulator encapsulator(KeySpec spec, byte[] publicKey, Randomness randomness)
      throws GeneralSecurityException {
    EncapsulationAlgorithm.ML_KEM.ciphertextLength(spec);
    if (!(AsymmetricKeys.bcPublicKey(spec, publicKey) instanceof MLKEMPublicKeyParameters key)) {
      throw new InvalidKeyException("not an ML-KEM public key");
    }
    return new MlKemEncapsulatorBc(key, SecureRandoms.of(randomness));
  }

  /**
   * @param privateKey the PKCS#8 private key (seed, expanded or both forms)
   * @throws IllegalArgumentException when {@code spec} is not an ML-KEM spec
   * @throws GeneralSecurityException when the key does not decode as a {@code spec} private key
   */
  public static KemDecapsulator decapsulator(KeySpec spec, SecretBytes privateKey) throws GeneralSecurityException {
    int length = EncapsulationAlgorithm.ML_KEM.ciphertextLength(spec);
    if (!(AsymmetricKeys.bcPrivateKey(spec, privateKey) instanceof MLKEMPrivateKeyParameters key)) {
      throw new InvalidKeyException("not an ML-KEM private key");
    }
    return new MlKemDecapsulatorBc(key, length);
  }
}
