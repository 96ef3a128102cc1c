package dev.trent.crypto.agreement;

import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.keys.AsymmetricKeys;
import dev.trent.crypto.keys.KeySpec;
import java.security.GeneralSecurityException;
import java.security.interfaces.ECPrivateKey;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;

/** Builds the {@link KeyAgreement} of an ECC key from its PKCS#8 private key. */
public final class KeyAgreements {
  private KeyAgreements() {}

  /**
   * ECDH for any ECC spec (the NIST curves, SM2, and secp256k1, which KMS itself does not offer:
   * check {@link KeyAgreementAlgorithm#supports} first).
   *
   * @throws IllegalArgumentException when {@code spec} is not an ECC spec
   * @throws GeneralSecurityException when the key does not decode as a {@code spec} private key
   */
  public static KeyAgreement ecdh(KeySpec spec, SecretBytes privateKey) throws GeneralSecurityException {
    if (spec.family() != KeySpec.Family.ECC) {
      throw new IllegalArgumentException("ECDH needs an ECC key, not " + spec);
    }
    if (spec.isJdkCurve()) {
      return new EcdhJce(spec, (ECPrivateKey) AsymmetricKeys.jcaPrivateKey(spec, privateKey));
    }
    return new EcdhBc(spec, (ECPrivateKeyParameters) AsymmetricKeys.bcPrivateKey(spec, privateKey));
  }
}
