package dev.trent.crypto.keys;

import dev.trent.crypto.SecretBytes;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;

/**
 * Decodes the PKCS#8 / SubjectPublicKeyInfo bytes of a {@link KeySpec} into provider keys, and
 * refuses any key that is not exactly of that spec: not strict DER, another algorithm or curve,
 * explicit curve parameters, or an RSA modulus of another size. Every failure is a {@link
 * GeneralSecurityException} without key bytes in its message. For this module's primitives only.
 */
public final class AsymmetricKeys {
  private static final ASN1ObjectIdentifier RSA = new ASN1ObjectIdentifier("1.2.840.113549.1.1.1");
  private static final ASN1ObjectIdentifier EC = new ASN1ObjectIdentifier("1.2.840.10045.2.1");
  private static final ASN1ObjectIdentifier ED25519 = new ASN1ObjectIdentifier("1.3.101.112");

  private AsymmetricKeys() {}

  /** The PKCS#8 key as a JCA key (RSA, ECC, Ed25519), from the JDK or, for curves it lacks, BC. */
  public static PrivateKey jcaPrivateKey(KeySpec spec, SecretBytes pkcs8) throws GeneralSecurityException {
    byte[] raw = pkcs8.toByteArray();
    try {
      privateKeyInfo(spec, raw);
      PrivateKey key = keyFactory(spec).generatePrivate(new PKCS8EncodedKeySpec(raw));
      checkSize(spec, key);
      return key;
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** The SubjectPublicKeyInfo as a JCA key (RSA, ECC, Ed25519). */
  public static PublicKey jcaPublicKey(KeySpec spec, byte[] spki) throws GeneralSecurityException {
    subjectPublicKeyInfo(spec, spki);
    PublicKey key = keyFactory(spec).generatePublic(new X509EncodedKeySpec(spki));
    checkSize(spec, key);
    return key;
  }

  /** The PKCS#8 key as Bouncy Castle lightweight parameters (any family). */
  public static AsymmetricKeyParameter bcPrivateKey(KeySpec spec, SecretBytes pkcs8)
      throws GeneralSecurityException {
    byte[] raw = pkcs8.toByteArray();
    try {
      return checkSize(spec, PrivateKeyFactory.createKey(privateKeyInfo(spec, raw)));
    } catch (IOException | RuntimeException e) {
      throw new InvalidKeyException("unusable " + spec + " private key");
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** The SubjectPublicKeyInfo as Bouncy Castle lightweight parameters (any family). */
  public static AsymmetricKeyParameter bcPublicKey(KeySpec spec, byte[] spki) throws GeneralSecurityException {
    try {
      return checkSize(spec, PublicKeyFactory.createKey(subjectPublicKeyInfo(spec, spki)));
    } catch (IOException | RuntimeException e) {
      throw new InvalidKeyException("unusable " + spec + " public key");
    }
  }

  /** The named-curve OID of an ECC spec. */
  public static ASN1ObjectIdentifier curveOid(KeySpec spec) {
    return ECNamedCurveTable.getOID(spec.standardName());
  }

  static PrivateKeyInfo privateKeyInfo(KeySpec spec, byte[] der) throws InvalidKeyException {
    PrivateKeyInfo info = PrivateKeyInfo.getInstance(strictDer(der, spec));
    checkAlgorithm(spec, info.getPrivateKeyAlgorithm());
    return info;
  }

  static SubjectPublicKeyInfo subjectPublicKeyInfo(KeySpec spec, byte[] der) throws InvalidKeyException {
    SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(strictDer(der, spec));
    checkAlgorithm(spec, info.getAlgorithm());
    if (info.getPublicKeyData().getPadBits() != 0 || !pointLengthFits(spec, info.getPublicKeyData().getOctets())) {
      throw new InvalidKeyException("malformed " + spec + " public key");
    }
    return info;
  }

  /** An ECC point must be SEC 1 uncompressed (0x04) or compressed (0x02, 0x03), of the field's size. */
  private static boolean pointLengthFits(KeySpec spec, byte[] point) {
    if (spec.family() != KeySpec.Family.ECC) {
      return point.length > 0;
    }
    int field = (spec.bits() + 7) / 8;
    return point.length > 0
        && (point[0] == 0x04 ? point.length == 1 + 2 * field
            : (point[0] == 0x02 || point[0] == 0x03) && point.length == 1 + field);
  }

  private static ASN1Primitive strictDer(byte[] der, KeySpec spec) throws InvalidKeyException {
    try {
      ASN1Primitive parsed = ASN1Primitive.fromByteArray(der);
      if (!Arrays.equals(parsed.getEncoded(ASN1Encoding.DER), der)) {
        throw new InvalidKeyException(spec + " key is not DER");
      }
      return parsed;
    } catch (IOException | RuntimeException e) {
      throw new InvalidKeyException("malformed " + spec + " key");
    }
  }

  private static void checkAlgorithm(KeySpec spec, AlgorithmIdentifier id) throws InvalidKeyException {
    ASN1ObjectIdentifier oid = id.getAlgorithm();
    ASN1Encodable params = id.getParameters();
    boolean ok = switch (spec.family()) {
      case RSA -> oid.equals(RSA) && (params == null || DERNull.INSTANCE.equals(params));
      case ECC -> oid.equals(EC) && curveOid(spec).equals(params);
      case EDWARDS -> oid.equals(ED25519) && params == null;
      case ML_DSA, ML_KEM -> oid.equals(pqcOid(spec)) && params == null;
      case HMAC -> false;
    };
    if (!ok) {
      throw new InvalidKeyException("key is not a " + spec + " key");
    }
  }

  private static ASN1ObjectIdentifier pqcOid(KeySpec spec) {
    String arc = spec.family() == KeySpec.Family.ML_DSA ? "2.16.840.1.101.3.4.3." : "2.16.840.1.101.3.4.4.";
    int index = switch (spec) {
      case ML_DSA_44 -> 17;
      case ML_DSA_65 -> 18;
      case ML_DSA_87 -> 19;
      case ML_KEM_512 -> 1;
      case ML_KEM_768 -> 2;
      default -> 3;
    };
    return new ASN1ObjectIdentifier(arc + index);
  }

  private static KeyFactory keyFactory(KeySpec spec) throws GeneralSecurityException {
    return switch (spec.family()) {
      case RSA -> KeyFactory.getInstance("RSA");
      case ECC -> spec.isJdkCurve()
          ? KeyFactory.getInstance("EC")
          : KeyFactory.getInstance("EC", Providers.bouncyCastle());
      case EDWARDS -> KeyFactory.getInstance("Ed25519");
      default -> throw new InvalidKeyException(spec + " keys have no JCA form here");
    };
  }

  private static AsymmetricKeyParameter checkSize(KeySpec spec, AsymmetricKeyParameter key)
      throws InvalidKeyException {
    if (key instanceof RSAKeyParameters rsa && rsa.getModulus().bitLength() != spec.bits()) {
      throw new InvalidKeyException("RSA key is not " + spec.bits() + " bits");
    }
    return key;
  }

  private static void checkSize(KeySpec spec, java.security.Key key) throws InvalidKeyException {
    if (spec.family() == KeySpec.Family.RSA) {
      BigInteger modulus = ((RSAKey) key).getModulus();
      if (modulus.bitLength() != spec.bits()) {
        throw new InvalidKeyException("RSA key is not " + spec.bits() + " bits");
      }
    }
  }
}
