package dev.trent.crypto.signature;

import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.keys.Providers;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519phSigner;

/**
 * Verifies a RAW-message signature the way an outside party holding the GetPublicKey bytes would,
 * through standard JCA algorithm names and none of Trent's classes: the JDK for RSA, the NIST
 * curves and Ed25519; Bouncy Castle's JCA for secp256k1, SM2 ({@code SM3withSM2}, whose default
 * ID is AWS's {@code 1234567812345678}) and ML-DSA; Bouncy Castle's Ed25519ph signer for
 * ED25519_PH_SHA_512 over the message KMS saw as a digest.
 */
final class IndependentVerifier {
  private IndependentVerifier() {}

  static boolean verify(SigningAlgorithm algorithm, KeySpec spec, byte[] spki, byte[] message, byte[] signature)
      throws GeneralSecurityException {
    if (algorithm == SigningAlgorithm.ED25519_PH_SHA_512) {
      Ed25519phSigner ph = new Ed25519phSigner(new byte[0]);
      ph.init(false, new Ed25519PublicKeyParameters(Arrays.copyOfRange(spki, spki.length - 32, spki.length)));
      ph.update(message, 0, message.length);
      return ph.verifySignature(signature);
    }
    boolean jdk = spec.family() == KeySpec.Family.RSA || spec.isJdkCurve() || spec == KeySpec.ECC_NIST_EDWARDS25519;
    Provider provider = jdk ? null : Providers.bouncyCastle();
    String keyAlgorithm = switch (spec.family()) {
      case RSA -> "RSA";
      case ECC -> "EC";
      case EDWARDS -> "Ed25519";
      default -> "ML-DSA";
    };
    PublicKey key = (jdk ? KeyFactory.getInstance(keyAlgorithm) : KeyFactory.getInstance(keyAlgorithm, provider))
        .generatePublic(new X509EncodedKeySpec(spki));
    String name = jcaName(algorithm);
    Signature verifier = jdk ? Signature.getInstance(name) : Signature.getInstance(name, provider);
    if (name.equals("RSASSA-PSS")) {
      String hash = algorithm.hashName();
      verifier.setParameter(new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), algorithm.digestLength(), 1));
    }
    verifier.initVerify(key);
    verifier.update(message);
    return verifier.verify(signature);
  }

  private static String jcaName(SigningAlgorithm algorithm) {
    return switch (algorithm) {
      case RSASSA_PSS_SHA_256, RSASSA_PSS_SHA_384, RSASSA_PSS_SHA_512 -> "RSASSA-PSS";
      case RSASSA_PKCS1_V1_5_SHA_256 -> "SHA256withRSA";
      case RSASSA_PKCS1_V1_5_SHA_384 -> "SHA384withRSA";
      case RSASSA_PKCS1_V1_5_SHA_512 -> "SHA512withRSA";
      case ECDSA_SHA_256 -> "SHA256withECDSA";
      case ECDSA_SHA_384 -> "SHA384withECDSA";
      case ECDSA_SHA_512 -> "SHA512withECDSA";
      case SM2DSA -> "SM3withSM2";
      case ML_DSA_SHAKE_256 -> "ML-DSA";
      case ED25519_SHA_512, ED25519_PH_SHA_512 -> "Ed25519";
    };
  }
}
