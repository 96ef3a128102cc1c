package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.crypto.kems.MLKEMExtractor;
import org.bouncycastle.crypto.kems.MLKEMGenerator;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Checks a PKCS#8 private key and a DER SubjectPublicKeyInfo from Trent with an independent
 * implementation: both decode as keys of the spec, and they are the two halves of one pair (a
 * signature by one verifies with the other; an ML-KEM encapsulation to one opens with the other).
 * The JDK where it has the algorithm, Bouncy Castle for secp256k1, SM2 and ML-KEM.
 */
final class KeyPairChecks {
  private static final Provider BC = new BouncyCastleProvider();
  private static final byte[] MESSAGE = "message to sign".getBytes(StandardCharsets.UTF_8);

  private KeyPairChecks() {}

  static void assertMatchingPair(String spec, byte[] pkcs8, byte[] spki) throws GeneralSecurityException, IOException {
    switch (spec) {
      case "RSA_2048", "RSA_3072", "RSA_4096" -> {
        PublicKey publicKey = jdk("RSA", spki);
        assertThat(((RSAPublicKey) publicKey).getModulus().bitLength())
            .isEqualTo(Integer.parseInt(spec.substring(4)));
        assertSigns("SHA256withRSA", null, jdkPrivate("RSA", pkcs8), publicKey);
      }
      case "ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521" -> {
        PublicKey publicKey = jdk("EC", spki);
        assertThat(((ECPublicKey) publicKey).getParams().getCurve().getField().getFieldSize())
            .isEqualTo(Integer.parseInt(spec.substring(10)));
        assertSigns("SHA256withECDSA", null, jdkPrivate("EC", pkcs8), publicKey);
      }
      case "ECC_SECG_P256K1" -> assertSigns("SHA256withECDSA", BC, bcPrivate(pkcs8), bc(spki));
      case "SM2" -> assertSigns("SM3withSM2", BC, bcPrivate(pkcs8), bc(spki));
      case "ECC_NIST_EDWARDS25519" -> assertSigns("Ed25519", null, jdkPrivate("Ed25519", pkcs8), jdk("Ed25519", spki));
      case "ML_KEM_512", "ML_KEM_768", "ML_KEM_1024" -> assertEncapsulates(spec, pkcs8, spki);
      default -> throw new IllegalArgumentException(spec);
    }
  }

  private static void assertSigns(String algorithm, Provider provider, PrivateKey privateKey, PublicKey publicKey)
      throws GeneralSecurityException {
    Signature signer = provider == null ? Signature.getInstance(algorithm) : Signature.getInstance(algorithm, provider);
    signer.initSign(privateKey);
    signer.update(MESSAGE);
    byte[] signature = signer.sign();
    Signature verifier = provider == null ? Signature.getInstance(algorithm) : Signature.getInstance(algorithm, provider);
    verifier.initVerify(publicKey);
    verifier.update(MESSAGE);
    assertThat(verifier.verify(signature)).as("%s signature verifies with the public key", algorithm).isTrue();
  }

  private static void assertEncapsulates(String spec, byte[] pkcs8, byte[] spki) throws IOException {
    MLKEMPublicKeyParameters publicKey = (MLKEMPublicKeyParameters) PublicKeyFactory.createKey(spki);
    MLKEMPrivateKeyParameters privateKey = (MLKEMPrivateKeyParameters) PrivateKeyFactory.createKey(pkcs8);
    assertThat(publicKey.getParameters().getName()).isEqualToIgnoringCase(spec.replace('_', '-'));
    SecretWithEncapsulation sent = new MLKEMGenerator(new SecureRandom()).generateEncapsulated(publicKey);
    assertThat(new MLKEMExtractor(privateKey).extractSecret(sent.getEncapsulation())).isEqualTo(sent.getSecret());
  }

  private static PublicKey jdk(String algorithm, byte[] spki) throws GeneralSecurityException {
    return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(spki));
  }

  private static PrivateKey jdkPrivate(String algorithm, byte[] pkcs8) throws GeneralSecurityException {
    return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }

  private static PublicKey bc(byte[] spki) throws GeneralSecurityException {
    return KeyFactory.getInstance("EC", BC).generatePublic(new X509EncodedKeySpec(spki));
  }

  private static PrivateKey bcPrivate(byte[] pkcs8) throws GeneralSecurityException {
    return KeyFactory.getInstance("EC", BC).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }
}
