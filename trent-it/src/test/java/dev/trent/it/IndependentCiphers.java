package dev.trent.it;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * Encrypts for a Trent key outside Trent, from the public key GetPublicKey returns, the way a
 * client of AWS KMS does: RSA-OAEP with the JDK's Cipher (MGF1 with the OAEP hash, as KMS uses),
 * SM2PKE with Bouncy Castle's engine in the GM/T 0009 DER form AWS's offline helper produces.
 */
final class IndependentCiphers {
  private IndependentCiphers() {}

  static byte[] rsaOaep(byte[] spki, String hash, byte[] plaintext) throws Exception {
    Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWith" + hash + "AndMGF1Padding");
    cipher.init(Cipher.ENCRYPT_MODE, KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(spki)),
        new OAEPParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), PSource.PSpecified.DEFAULT));
    return cipher.doFinal(plaintext);
  }

  /** SM2 encryption, C1C3C2, as DER SEQUENCE { INTEGER x, INTEGER y, OCTET STRING C3, OCTET STRING C2 }. */
  static byte[] sm2(byte[] spki, byte[] plaintext) throws Exception {
    SM2Engine engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
    engine.init(true, new ParametersWithRandom(
        (ECPublicKeyParameters) PublicKeyFactory.createKey(spki), new SecureRandom()));
    byte[] raw = engine.processBlock(plaintext, 0, plaintext.length);
    ASN1EncodableVector fields = new ASN1EncodableVector();
    fields.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, 1, 33))));
    fields.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, 33, 65))));
    fields.add(new DEROctetString(Arrays.copyOfRange(raw, 65, 97)));
    fields.add(new DEROctetString(Arrays.copyOfRange(raw, 97, raw.length)));
    return new DERSequence(fields).getEncoded();
  }
}
