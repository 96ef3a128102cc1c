package dev.trent.crypto.signature;

import dev.trent.crypto.keys.KeySpec;

/**
 * The KMS signing algorithms, named as on the wire, with the rules the Sign and Verify operations
 * check before signing (AWS KMS API reference, Sign, {@code MessageType}):
 *
 * <ul>
 *   <li>{@code DIGEST} messages must be as long as the algorithm's hash: 32 bytes for {@code *_SHA_256}
 *       and SM2DSA (SM3), 48 for {@code *_SHA_384}, 64 for {@code *_SHA_512}.
 *   <li>ED25519_SHA_512 requires {@code RAW}; ED25519_PH_SHA_512 requires {@code DIGEST} (a 64-byte
 *       SHA-512 digest, which KMS hashes once more as the Ed25519ph pre-hash).
 *   <li>ML_DSA_SHAKE_256 takes {@code RAW} or {@code EXTERNAL_MU} (exactly 64 bytes), never {@code
 *       DIGEST}.
 * </ul>
 */
public enum SigningAlgorithm {
  RSASSA_PSS_SHA_256("SHA-256", 32),
  RSASSA_PSS_SHA_384("SHA-384", 48),
  RSASSA_PSS_SHA_512("SHA-512", 64),
  RSASSA_PKCS1_V1_5_SHA_256("SHA-256", 32),
  RSASSA_PKCS1_V1_5_SHA_384("SHA-384", 48),
  RSASSA_PKCS1_V1_5_SHA_512("SHA-512", 64),
  ECDSA_SHA_256("SHA-256", 32),
  ECDSA_SHA_384("SHA-384", 48),
  ECDSA_SHA_512("SHA-512", 64),
  SM2DSA("SM3", 32),
  ML_DSA_SHAKE_256("SHAKE256", 64),
  ED25519_SHA_512("SHA-512", 64),
  ED25519_PH_SHA_512("SHA-512", 64);

  /** Length of an ML-DSA external μ. */
  public static final int MU_LENGTH = 64;

  private final String hash;
  private final int digestLength;

  SigningAlgorithm(String hash, int digestLength) {
    this.hash = hash;
    this.digestLength = digestLength;
  }

  /** The hash's standard name ({@code SHA-256}, {@code SM3}, {@code SHAKE256}). */
  public String hashName() {
    return hash;
  }

  /** Bytes a {@code DIGEST} message must have (and, for ML-DSA, an {@code EXTERNAL_MU}). */
  public int digestLength() {
    return digestLength;
  }

  /** Whether KMS offers this algorithm for keys of {@code spec}. */
  public boolean supports(KeySpec spec) {
    return switch (this) {
      case RSASSA_PSS_SHA_256, RSASSA_PSS_SHA_384, RSASSA_PSS_SHA_512,
          RSASSA_PKCS1_V1_5_SHA_256, RSASSA_PKCS1_V1_5_SHA_384, RSASSA_PKCS1_V1_5_SHA_512 ->
          spec.family() == KeySpec.Family.RSA;
      case ECDSA_SHA_256 -> spec == KeySpec.ECC_NIST_P256 || spec == KeySpec.ECC_SECG_P256K1;
      case ECDSA_SHA_384 -> spec == KeySpec.ECC_NIST_P384;
      case ECDSA_SHA_512 -> spec == KeySpec.ECC_NIST_P521;
      case SM2DSA -> spec == KeySpec.SM2;
      case ML_DSA_SHAKE_256 -> spec.family() == KeySpec.Family.ML_DSA;
      case ED25519_SHA_512, ED25519_PH_SHA_512 -> spec == KeySpec.ECC_NIST_EDWARDS25519;
    };
  }

  /** Whether this algorithm takes messages of {@code type} at all. */
  public boolean supports(MessageType type) {
    return switch (this) {
      case ED25519_SHA_512 -> type == MessageType.RAW;
      case ED25519_PH_SHA_512 -> type == MessageType.DIGEST;
      case ML_DSA_SHAKE_256 -> type != MessageType.DIGEST;
      default -> type != MessageType.EXTERNAL_MU;
    };
  }

  /**
   * Whether a message of {@code length} bytes and {@code type} is acceptable: the type is supported
   * and a {@code DIGEST} or {@code EXTERNAL_MU} has exactly {@link #digestLength()} bytes. When the
   * type is supported but the length is wrong, AWS answers {@code ValidationException: Digest is
   * invalid length for algorithm <ALGORITHM>.} The 4096-byte limit of RAW messages is the model's.
   */
  public boolean acceptsMessage(MessageType type, int length) {
    return supports(type) && (type == MessageType.RAW || length == digestLength);
  }

  void requireMessage(MessageType type, byte[] message) {
    if (!acceptsMessage(type, message.length)) {
      throw new IllegalArgumentException(
          name() + " does not accept a " + message.length + "-byte " + type + " message");
    }
  }
}
