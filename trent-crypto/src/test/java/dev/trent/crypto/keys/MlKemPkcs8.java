package dev.trent.crypto.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Builds seed-only PKCS#8 encodings (RFC 9881 / RFC 9935: {@code [0] IMPLICIT OCTET STRING seed})
 * of any seed length, for tests that need malformed ML-DSA / ML-KEM keys.
 */
public final class MlKemPkcs8 {
  private MlKemPkcs8() {}

  public static byte[] seedOnly(KeySpec spec, byte[] seed) {
    String oid = switch (spec) {
      case ML_DSA_44 -> "2.16.840.1.101.3.4.3.17";
      case ML_DSA_65 -> "2.16.840.1.101.3.4.3.18";
      case ML_DSA_87 -> "2.16.840.1.101.3.4.3.19";
      case ML_KEM_512 -> "2.16.840.1.101.3.4.4.1";
      case ML_KEM_768 -> "2.16.840.1.101.3.4.4.2";
      case ML_KEM_1024 -> "2.16.840.1.101.3.4.4.3";
      default -> throw new IllegalArgumentException(spec.name());
    };
    try {
      return new PrivateKeyInfo(
              new AlgorithmIdentifier(new ASN1ObjectIdentifier(oid)),
              new DERTaggedObject(false, 0, new DEROctetString(seed)))
          .getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
