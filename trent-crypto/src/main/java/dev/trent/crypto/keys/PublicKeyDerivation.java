package dev.trent.crypto.keys;

import dev.trent.crypto.SecretBytes;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * The public half of an imported private key (PKCS#8), as DER SubjectPublicKeyInfo in the form
 * {@link KeyMaterialGenerator} produces: RSA from the CRT key's modulus and public exponent,
 * short-Weierstrass curves as Q = d·G on the named curve, uncompressed. Other families are refused.
 */
public final class PublicKeyDerivation {
  private PublicKeyDerivation() {}

  /** @throws GeneralSecurityException when the key is not a usable {@code spec} private key */
  public static byte[] spki(KeySpec spec, SecretBytes pkcs8) throws GeneralSecurityException {
    AsymmetricKeyParameter privateKey = AsymmetricKeys.bcPrivateKey(spec, pkcs8);
    AsymmetricKeyParameter publicKey;
    if (privateKey instanceof RSAPrivateCrtKeyParameters rsa && spec.family() == KeySpec.Family.RSA) {
      publicKey = new RSAKeyParameters(false, rsa.getModulus(), rsa.getPublicExponent());
    } else if (privateKey instanceof ECPrivateKeyParameters ec && spec.family() == KeySpec.Family.ECC) {
      var domain = ec.getParameters();
      publicKey = new ECPublicKeyParameters(
          new FixedPointCombMultiplier().multiply(domain.getG(), ec.getD()).normalize(), domain);
    } else {
      throw new InvalidKeyException("cannot derive a public key for " + spec);
    }
    try {
      return SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(publicKey).getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new InvalidKeyException("cannot encode the " + spec + " public key");
    }
  }
}
