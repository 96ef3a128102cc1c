package dev.trent.crypto.encryption;

import dev.trent.crypto.keys.Providers;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.util.BigIntegers;

/**
 * An outside party's SM2PKE, following the AWS developer guide's {@code
 * SM2OfflineOperationHelper.offlineSM2PKEEncrypt}: Bouncy Castle's JCA {@code SM2} cipher, whose
 * raw output is C1‖C2‖C3, re-encoded as {@code SEQUENCE {x, y, C3, C2}}; and the inverse for
 * decryption. Independent of Trent's {@link Sm2Ciphertext}.
 */
final class Sm2OfflineEncryption {
  private Sm2OfflineEncryption() {}

  static byte[] encrypt(byte[] spki, byte[] plaintext) throws Exception {
    Cipher cipher = Cipher.getInstance("SM2", Providers.bouncyCastle());
    cipher.init(Cipher.ENCRYPT_MODE, KeyFactory.getInstance("EC", Providers.bouncyCastle())
        .generatePublic(new X509EncodedKeySpec(spki)));
    byte[] raw = cipher.doFinal(plaintext);
    ASN1EncodableVector vector = new ASN1EncodableVector();
    vector.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, 1, 33))));
    vector.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, 33, 65))));
    vector.add(new DEROctetString(Arrays.copyOfRange(raw, raw.length - 32, raw.length)));
    vector.add(new DEROctetString(Arrays.copyOfRange(raw, 65, raw.length - 32)));
    return new DERSequence(vector).getEncoded("DER");
  }

  static byte[] decrypt(byte[] pkcs8, byte[] der) throws Exception {
    ASN1Sequence sequence = ASN1Sequence.getInstance(der);
    byte[] x = BigIntegers.asUnsignedByteArray(32, ASN1Integer.getInstance(sequence.getObjectAt(0)).getValue());
    byte[] y = BigIntegers.asUnsignedByteArray(32, ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue());
    byte[] c3 = ASN1OctetString.getInstance(sequence.getObjectAt(2)).getOctets();
    byte[] c2 = ASN1OctetString.getInstance(sequence.getObjectAt(3)).getOctets();
    byte[] raw = new byte[65 + c2.length + 32];
    raw[0] = 4;
    System.arraycopy(x, 0, raw, 1, 32);
    System.arraycopy(y, 0, raw, 33, 32);
    System.arraycopy(c2, 0, raw, 65, c2.length);
    System.arraycopy(c3, 0, raw, 65 + c2.length, 32);
    Cipher cipher = Cipher.getInstance("SM2", Providers.bouncyCastle());
    cipher.init(Cipher.DECRYPT_MODE, KeyFactory.getInstance("EC", Providers.bouncyCastle())
        .generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
    return cipher.doFinal(raw);
  }
}
