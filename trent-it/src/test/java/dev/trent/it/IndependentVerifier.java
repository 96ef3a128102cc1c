package dev.trent.it;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHAKEDigest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519phSigner;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.math.ec.ECFieldElement;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Checks Trent's signatures with implementations that share no code with it: the JDK where it has
 * the algorithm, Bouncy Castle's provider (not Trent's wiring of it) for secp256k1, SM2, ML-DSA and
 * Ed25519ph. Also computes the DIGEST and EXTERNAL_MU inputs a client would send, from the message.
 * Every check is over the original message, so it also proves that DIGEST signs what RAW signs.
 */
final class IndependentVerifier {
  static final Provider BC = new BouncyCastleProvider();
  private static final byte[] SM2_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

  private IndependentVerifier() {}

  /** The Message a client sends with {@code type} for {@code message}. */
  static byte[] input(String algorithm, String type, byte[] message, byte[] spki) throws Exception {
    return switch (type) {
      case "RAW" -> message;
      case "EXTERNAL_MU" -> mu(spki, message);
      case "DIGEST" -> algorithm.equals("SM2DSA") ? sm2Digest(spki, message)
          : MessageDigest.getInstance(hash(algorithm)).digest(message);
      default -> throw new IllegalArgumentException(type);
    };
  }

  /** True when {@code signature} is {@code algorithm}'s valid signature over {@code message}. */
  static boolean verify(String spec, String algorithm, byte[] spki, byte[] message, byte[] signature)
      throws Exception {
    if (algorithm.equals("ED25519_PH_SHA_512")) {
      // KMS signs Ed25519ph over the caller's SHA-512 digest (the input is hashed twice).
      Ed25519phSigner ph = new Ed25519phSigner(new byte[0]);
      ph.init(false, new Ed25519PublicKeyParameters(rawKey(spki)));
      byte[] digest = MessageDigest.getInstance("SHA-512").digest(message);
      ph.update(digest, 0, digest.length);
      return ph.verifySignature(signature);
    }
    Signature verifier = jcaVerifier(spec, algorithm);
    verifier.initVerify(publicKey(algorithm, spki, verifier.getProvider()));
    verifier.update(message);
    return verifier.verify(signature);
  }

  private static Signature jcaVerifier(String spec, String algorithm) throws GeneralSecurityException {
    String hash = algorithm.startsWith("RSASSA") || algorithm.startsWith("ECDSA") ? hash(algorithm) : null;
    String bare = hash == null ? null : hash.replace("-", "");
    if (algorithm.startsWith("RSASSA_PSS")) {
      Signature pss = Signature.getInstance("RSASSA-PSS");
      pss.setParameter(new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash),
          MessageDigest.getInstance(hash).getDigestLength(), 1));
      return pss;
    }
    return switch (algorithm.replaceAll("_SHA_\\d+$", "")) {
      case "RSASSA_PKCS1_V1_5" -> Signature.getInstance(bare + "withRSA");
      // JDK 17 has no secp256k1.
      case "ECDSA" -> spec.equals("ECC_SECG_P256K1") ? Signature.getInstance(bare + "withECDSA", BC)
          : Signature.getInstance(bare + "withECDSA");
      case "ED25519" -> Signature.getInstance("Ed25519");
      case "SM2DSA" -> Signature.getInstance("SM3withSM2", BC);
      case "ML_DSA_SHAKE_256" -> Signature.getInstance("ML-DSA", BC);
      default -> throw new IllegalArgumentException(algorithm);
    };
  }

  /** JDK keys for the JDK's algorithms; BC's own key factory for its own. */
  private static PublicKey publicKey(String algorithm, byte[] spki, Provider provider)
      throws GeneralSecurityException {
    String type = algorithm.startsWith("RSASSA") ? "RSA" : algorithm.startsWith("ED25519") ? "Ed25519"
        : algorithm.startsWith("ML_DSA") ? "ML-DSA" : "EC";
    KeyFactory factory = provider == BC ? KeyFactory.getInstance(type, BC) : KeyFactory.getInstance(type);
    return factory.generatePublic(new X509EncodedKeySpec(spki));
  }

  static String hash(String algorithm) {
    return "SHA-" + algorithm.substring(algorithm.lastIndexOf('_') + 1);
  }

  /** FIPS 204 §6.2 (Algorithm 7, empty context): μ = SHAKE256(SHAKE256(pk, 64) || 0 || 0 || M, 64). */
  static byte[] mu(byte[] spki, byte[] message) {
    byte[] tr = shake256(rawKey(spki));
    SHAKEDigest shake = new SHAKEDigest(256);
    shake.update(tr, 0, tr.length);
    shake.update(new byte[] {0, 0}, 0, 2);
    shake.update(message, 0, message.length);
    byte[] mu = new byte[64];
    shake.doFinal(mu, 0, mu.length);
    return mu;
  }

  private static byte[] shake256(byte[] in) {
    SHAKEDigest shake = new SHAKEDigest(256);
    shake.update(in, 0, in.length);
    byte[] out = new byte[64];
    shake.doFinal(out, 0, out.length);
    return out;
  }

  /**
   * GM/T 0009 §5.5 as the AWS developer guide's offline SM2 verification uses it: e = SM3(Z_A ||
   * M), Z_A = SM3(ENTL || ID || a || b || x_G || y_G || x_A || y_A), ID 1234567812345678.
   */
  static byte[] sm2Digest(byte[] spki, byte[] message) {
    X9ECParameters curve = GMNamedCurves.getByName("sm2p256v1");
    ECPoint q = curve.getCurve().decodePoint(rawKey(spki)).normalize();
    ECPoint g = curve.getG().normalize();
    SM3Digest z = new SM3Digest();
    int bits = SM2_ID.length * 8;
    z.update((byte) (bits >> 8));
    z.update((byte) bits);
    update(z, SM2_ID);
    for (ECFieldElement element : new ECFieldElement[] {curve.getCurve().getA(),
        curve.getCurve().getB(), g.getAffineXCoord(), g.getAffineYCoord(), q.getAffineXCoord(),
        q.getAffineYCoord()}) {
      update(z, element.getEncoded());
    }
    byte[] za = new byte[32];
    z.doFinal(za, 0);
    SM3Digest e = new SM3Digest();
    update(e, za);
    update(e, message);
    byte[] out = new byte[32];
    e.doFinal(out, 0);
    return out;
  }

  private static void update(SM3Digest digest, byte[] bytes) {
    digest.update(bytes, 0, bytes.length);
  }

  /** The subjectPublicKey BIT STRING: the raw point or key bytes of a SubjectPublicKeyInfo. */
  static byte[] rawKey(byte[] spki) {
    return SubjectPublicKeyInfo.getInstance(spki).getPublicKeyData().getBytes();
  }
}
