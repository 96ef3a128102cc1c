package dev.trent.crypto.encryption;

import dev.trent.crypto.keys.KeySpec;

/**
 * The asymmetric KMS encryption algorithms, named as on the wire ({@code SYMMETRIC_DEFAULT} is
 * {@link dev.trent.crypto.SymmetricKey}'s). Size limits are AWS's (API reference, Encrypt):
 * RSAES_OAEP_SHA_1 214/342/470 bytes and RSAES_OAEP_SHA_256 190/318/446 bytes for RSA_2048/3072/4096
 * (the OAEP bound {@code k - 2·hLen - 2}), SM2PKE 1024 bytes.
 */
public enum EncryptionAlgorithm {
  RSAES_OAEP_SHA_1("SHA-1", 20),
  RSAES_OAEP_SHA_256("SHA-256", 32),
  SM2PKE("SM3", 32);

  private static final int SM2PKE_MAX_PLAINTEXT = 1024;

  private final String hash;
  private final int hashLength;

  EncryptionAlgorithm(String hash, int hashLength) {
    this.hash = hash;
    this.hashLength = hashLength;
  }

  /** The hash's standard name (OAEP and MGF1 hash, or SM3 for SM2PKE). */
  public String hashName() {
    return hash;
  }

  /** Whether KMS offers this algorithm for keys of {@code spec}. */
  public boolean supports(KeySpec spec) {
    return this == SM2PKE ? spec == KeySpec.SM2 : spec.family() == KeySpec.Family.RSA;
  }

  /**
   * The largest plaintext Encrypt accepts with a key of {@code spec}. Past it AWS answers {@code
   * ValidationException: Algorithm <ALG> and key spec <SPEC> cannot encrypt data larger than <N>
   * bytes.}
   *
   * @throws IllegalArgumentException when the algorithm does not support {@code spec}
   */
  public int maxPlaintextLength(KeySpec spec) {
    if (!supports(spec)) {
      throw new IllegalArgumentException(this + " is not offered for " + spec);
    }
    return this == SM2PKE ? SM2PKE_MAX_PLAINTEXT : spec.bits() / 8 - 2 * hashLength - 2;
  }
}
