package dev.trent.crypto.kem;

import dev.trent.crypto.keys.KeySpec;

/** The KMS key encapsulation algorithms, named as on the wire. */
public enum EncapsulationAlgorithm {
  ML_KEM;

  /** The shared secret is always 32 bytes (FIPS 203; API reference, Encapsulate). */
  public static final int SHARED_SECRET_LENGTH = 32;

  public boolean supports(KeySpec spec) {
    return spec.family() == KeySpec.Family.ML_KEM;
  }

  /**
   * The ciphertext length of {@code spec}: 768, 1088 or 1568 bytes for ML_KEM_512/768/1024. A
   * SharedSecretCiphertextBlob of any other length is AWS's {@code InvalidCiphertextException}.
   */
  public int ciphertextLength(KeySpec spec) {
    return switch (spec) {
      case ML_KEM_512 -> 768;
      case ML_KEM_768 -> 1088;
      case ML_KEM_1024 -> 1568;
      default -> throw new IllegalArgumentException(spec + " is not an ML-KEM key spec");
    };
  }
}
