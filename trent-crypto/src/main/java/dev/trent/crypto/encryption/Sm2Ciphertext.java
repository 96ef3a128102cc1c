package dev.trent.crypto.encryption;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.util.BigIntegers;

/**
 * Converts between Bouncy Castle's raw SM2 ciphertext {@code C1 || C3 || C2} (C1 an uncompressed
 * point, C3 the SM3 hash) and the form AWS KMS exchanges: the GM/T 0009-2012 DER {@code SEQUENCE {
 * INTEGER x, INTEGER y, OCTET STRING hash, OCTET STRING ciphertext }} (AWS KMS developer guide,
 * {@code SM2OfflineOperationHelper.offlineSM2PKEEncrypt}).
 */
final class Sm2Ciphertext {
  static final int COORDINATE = 32;
  static final int HASH = 32;
  private static final int POINT = 1 + 2 * COORDINATE;

  private Sm2Ciphertext() {}

  static byte[] toAsn1(byte[] raw) {
    byte[] x = Arrays.copyOfRange(raw, 1, 1 + COORDINATE);
    byte[] y = Arrays.copyOfRange(raw, 1 + COORDINATE, POINT);
    byte[] hash = Arrays.copyOfRange(raw, POINT, POINT + HASH);
    byte[] body = Arrays.copyOfRange(raw, POINT + HASH, raw.length);
    try {
      return new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
            new ASN1Integer(new BigInteger(1, x)),
            new ASN1Integer(new BigInteger(1, y)),
            new DEROctetString(hash),
            new DEROctetString(body)
          })
          .getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new IllegalStateException("DER encoding failed", e);
    }
  }

  /** The raw form of a DER ciphertext; anything but the exact structure in strict DER throws. */
  static byte[] fromAsn1(byte[] der) throws GeneralSecurityException {
    try {
      ASN1Primitive parsed = ASN1Primitive.fromByteArray(der);
      if (!Arrays.equals(parsed.getEncoded(ASN1Encoding.DER), der)) {
        throw new GeneralSecurityException("not DER");
      }
      ASN1Sequence sequence = ASN1Sequence.getInstance(parsed);
      if (sequence.size() != 4) {
        throw new GeneralSecurityException("wrong SM2 ciphertext structure");
      }
      byte[] x = coordinate(ASN1Integer.getInstance(sequence.getObjectAt(0)).getValue());
      byte[] y = coordinate(ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue());
      byte[] hash = ASN1OctetString.getInstance(sequence.getObjectAt(2)).getOctets();
      byte[] body = ASN1OctetString.getInstance(sequence.getObjectAt(3)).getOctets();
      if (hash.length != HASH || body.length == 0) {
        throw new GeneralSecurityException("wrong SM2 ciphertext lengths");
      }
      byte[] raw = new byte[POINT + HASH + body.length];
      raw[0] = 0x04;
      System.arraycopy(x, 0, raw, 1, COORDINATE);
      System.arraycopy(y, 0, raw, 1 + COORDINATE, COORDINATE);
      System.arraycopy(hash, 0, raw, POINT, HASH);
      System.arraycopy(body, 0, raw, POINT + HASH, body.length);
      return raw;
    } catch (IOException | RuntimeException e) {
      throw new GeneralSecurityException("malformed SM2 ciphertext");
    }
  }

  private static byte[] coordinate(BigInteger value) throws GeneralSecurityException {
    if (value.signum() < 0 || value.bitLength() > 8 * COORDINATE) {
      throw new GeneralSecurityException("SM2 coordinate out of range");
    }
    return BigIntegers.asUnsignedByteArray(COORDINATE, value);
  }
}
