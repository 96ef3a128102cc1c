package dev.trent.crypto.keys;

/**
 * The KMS {@code KeySpec} values this module can make material for, named exactly as on the wire
 * so a caller maps them with {@code KeySpec.valueOf(wireName)}. {@code SYMMETRIC_DEFAULT} is not
 * here: its material is handled by {@link dev.trent.crypto.SymmetricKey}.
 *
 * <p>The same names serve GenerateDataKeyPair's {@code KeyPairSpec} (a subset of these).
 */
public enum KeySpec {
  RSA_2048(Family.RSA, 2048, null),
  RSA_3072(Family.RSA, 3072, null),
  RSA_4096(Family.RSA, 4096, null),
  ECC_NIST_P256(Family.ECC, 256, "secp256r1"),
  ECC_NIST_P384(Family.ECC, 384, "secp384r1"),
  ECC_NIST_P521(Family.ECC, 521, "secp521r1"),
  ECC_SECG_P256K1(Family.ECC, 256, "secp256k1"),
  SM2(Family.ECC, 256, "sm2p256v1"),
  ECC_NIST_EDWARDS25519(Family.EDWARDS, 255, "Ed25519"),
  ML_DSA_44(Family.ML_DSA, 44, "ML-DSA-44"),
  ML_DSA_65(Family.ML_DSA, 65, "ML-DSA-65"),
  ML_DSA_87(Family.ML_DSA, 87, "ML-DSA-87"),
  ML_KEM_512(Family.ML_KEM, 512, "ML-KEM-512"),
  ML_KEM_768(Family.ML_KEM, 768, "ML-KEM-768"),
  ML_KEM_1024(Family.ML_KEM, 1024, "ML-KEM-1024"),
  /** 224-bit key: the key spec's name is the length of the generated key. */
  HMAC_224(Family.HMAC, 224, null),
  HMAC_256(Family.HMAC, 256, null),
  HMAC_384(Family.HMAC, 384, null),
  HMAC_512(Family.HMAC, 512, null);

  /** The kind of key, which decides the encodings and the primitives that accept it. */
  public enum Family {
    RSA,
    /** Short-Weierstrass curves: the three NIST curves, secp256k1 and SM2. */
    ECC,
    EDWARDS,
    ML_DSA,
    ML_KEM,
    HMAC
  }

  private final Family family;
  private final int bits;
  private final String standardName;

  KeySpec(Family family, int bits, String standardName) {
    this.family = family;
    this.bits = bits;
    this.standardName = standardName;
  }

  public Family family() {
    return family;
  }

  /**
   * RSA modulus bits, the field size of a curve, the ML-DSA / ML-KEM parameter number, or the HMAC
   * key length in bits.
   */
  public int bits() {
    return bits;
  }

  /** True for every spec whose material is a key pair (everything but HMAC). */
  public boolean isAsymmetric() {
    return family != Family.HMAC;
  }

  /**
   * The curve or parameter-set name the providers know ({@code secp256r1}, {@code sm2p256v1},
   * {@code ML-KEM-768}); {@code null} for RSA and HMAC. For this module's primitives.
   */
  public String standardName() {
    return standardName;
  }

  /** True for the curves JDK 17's SunEC implements; secp256k1 and SM2 need Bouncy Castle. */
  public boolean isJdkCurve() {
    return family == Family.ECC && this != ECC_SECG_P256K1 && this != SM2;
  }
}
