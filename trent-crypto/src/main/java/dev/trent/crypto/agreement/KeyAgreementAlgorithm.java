package dev.trent.crypto.agreement;

import dev.trent.crypto.keys.KeySpec;

/** The KMS key agreement algorithms, named as on the wire. */
public enum KeyAgreementAlgorithm {
  ECDH;

  /**
   * Whether KMS offers key agreement for {@code spec}: the NIST curves and SM2 (API reference,
   * DeriveSharedSecret: "a NIST-standard elliptic curve (ECC) or SM2 (China Regions only)").
   * secp256k1 is not among them, although {@link KeyAgreements#ecdh} can compute it.
   */
  public boolean supports(KeySpec spec) {
    return spec == KeySpec.ECC_NIST_P256
        || spec == KeySpec.ECC_NIST_P384
        || spec == KeySpec.ECC_NIST_P521
        || spec == KeySpec.SM2;
  }
}
