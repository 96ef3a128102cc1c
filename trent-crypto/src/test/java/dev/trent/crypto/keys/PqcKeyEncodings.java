package dev.trent.crypto.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Builds ML-DSA / ML-KEM encodings from raw vector bytes for tests: seed-only PKCS#8 (RFC 9881 /
 * RFC 9935: {@code [0] IMPLICIT OCTET STRING seed}) of any seed length, and the SubjectPublicKeyInfo
 * of a raw public key of any length.
 */
public final class PqcKeyEncodings {
  private PqcKeyEncodings() {}

  public static byte[] seedOnly(KeySpec spec, byte[] seed) {
    try {
      return new PrivateKeyInfo(new AlgorithmIdentifier(oid(spec)), new DERTaggedObject(false, 0, new DEROctetString(seed)))
          .getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] spki(KeySpec spec, byte[] rawPublicKey) {
    try {
      return new SubjectPublicKeyInfo(new AlgorithmIdentifier(oid(spec)), rawPublicKey).getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ASN1ObjectIdentifier oid(KeySpec spec) {
    String oid = switch (spec) {
      case ML_DSA_44 -> "2.16.840.1.101.3.4.3.17";
      case ML_DSA_65 -> "2.16.840.1.101.3.4.3.18";
      case ML_DSA_87 -> "2.16.840.1.101.3.4.3.19";
      case ML_KEM_512 -> "2.16.840.1.101.3.4.4.1";
      case ML_KEM_768 -> "2.16.840.1.101.3.4.4.2";
      case ML_KEM_1024 -> "2.16.840.1.101.3.4.4.3";
      default -> throw new IllegalArgumentException(spec.name());
    };
    return new ASN1ObjectIdentifier(oid);
  }
}
