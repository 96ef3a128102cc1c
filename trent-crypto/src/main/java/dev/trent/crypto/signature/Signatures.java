package dev.trent.crypto.signature;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.keys.AsymmetricKeys;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.keys.Providers;
import dev.trent.crypto.keys.SecureRandoms;
import java.security.GeneralSecurityException;
import java.security.Provider;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.MLDSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLDSAPublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;

/**
 * Builds the {@link Signer} and {@link Verifier} of a signing algorithm from encoded keys (PKCS#8
 * private key, SubjectPublicKeyInfo public key, as {@link dev.trent.crypto.keys.KeyMaterialGenerator}
 * makes them). Building parses the key once; keep the result for repeated use.
 */
public final class Signatures {
  private Signatures() {}

  /**
   * @throws IllegalArgumentException when KMS does not offer {@code algorithm} for {@code spec}
   * @throws GeneralSecurityException when the key does not decode as a {@code spec} private key
   */
  public static Signer signer(
      SigningAlgorithm algorithm, KeySpec spec, SecretBytes privateKey, Randomness randomness)
      throws GeneralSecurityException {
    requireSupported(algorithm, spec);
    var random = SecureRandoms.of(randomness);
    return switch (algorithm) {
      case RSASSA_PKCS1_V1_5_SHA_256, RSASSA_PKCS1_V1_5_SHA_384, RSASSA_PKCS1_V1_5_SHA_512 ->
          new RsaPkcs1SignerJce(algorithm, AsymmetricKeys.jcaPrivateKey(spec, privateKey), random);
      case RSASSA_PSS_SHA_256, RSASSA_PSS_SHA_384, RSASSA_PSS_SHA_512 ->
          new RsaPssSignerBc(algorithm, AsymmetricKeys.bcPrivateKey(spec, privateKey), random);
      case ECDSA_SHA_256, ECDSA_SHA_384, ECDSA_SHA_512 ->
          new EcdsaSignerJce(algorithm, AsymmetricKeys.jcaPrivateKey(spec, privateKey), provider(spec), random);
      case ED25519_SHA_512, ED25519_PH_SHA_512 ->
          new Ed25519SignerJce(algorithm, AsymmetricKeys.jcaPrivateKey(spec, privateKey));
      case ML_DSA_SHAKE_256 ->
          new MlDsaSignerBc((MLDSAPrivateKeyParameters) AsymmetricKeys.bcPrivateKey(spec, privateKey), random);
      case SM2DSA -> new Sm2SignerBc((ECPrivateKeyParameters) AsymmetricKeys.bcPrivateKey(spec, privateKey), random);
    };
  }

  /**
   * @throws IllegalArgumentException when KMS does not offer {@code algorithm} for {@code spec}
   * @throws GeneralSecurityException when the key does not decode as a {@code spec} public key
   */
  public static Verifier verifier(SigningAlgorithm algorithm, KeySpec spec, byte[] publicKey)
      throws GeneralSecurityException {
    requireSupported(algorithm, spec);
    return switch (algorithm) {
      case RSASSA_PKCS1_V1_5_SHA_256, RSASSA_PKCS1_V1_5_SHA_384, RSASSA_PKCS1_V1_5_SHA_512 ->
          new RsaPkcs1VerifierJce(algorithm, AsymmetricKeys.jcaPublicKey(spec, publicKey));
      case RSASSA_PSS_SHA_256, RSASSA_PSS_SHA_384, RSASSA_PSS_SHA_512 ->
          new RsaPssVerifierBc(algorithm, (RSAKeyParameters) AsymmetricKeys.bcPublicKey(spec, publicKey));
      case ECDSA_SHA_256, ECDSA_SHA_384, ECDSA_SHA_512 ->
          new EcdsaVerifierBc(algorithm, AsymmetricKeys.jcaPublicKey(spec, publicKey));
      case ED25519_SHA_512, ED25519_PH_SHA_512 ->
          new Ed25519VerifierJce(algorithm, AsymmetricKeys.jcaPublicKey(spec, publicKey));
      case ML_DSA_SHAKE_256 ->
          new MlDsaVerifierBc((MLDSAPublicKeyParameters) AsymmetricKeys.bcPublicKey(spec, publicKey));
      case SM2DSA -> new Sm2VerifierBc((ECPublicKeyParameters) AsymmetricKeys.bcPublicKey(spec, publicKey));
    };
  }

  private static void requireSupported(SigningAlgorithm algorithm, KeySpec spec) {
    if (!algorithm.supports(spec)) {
      throw new IllegalArgumentException(algorithm + " is not offered for " + spec);
    }
  }

  private static Provider provider(KeySpec spec) {
    return spec.isJdkCurve() ? null : Providers.bouncyCastle();
  }
}
