package dev.trent.crypto.mac;

import dev.trent.crypto.keys.KeySpec;

/**
 * The KMS MAC algorithms, named as on the wire. Each HMAC key spec takes exactly one (AWS KMS
 * developer guide, "Key specs for HMAC KMS keys"): HMAC_224 → HMAC_SHA_224, HMAC_256 →
 * HMAC_SHA_256, HMAC_384 → HMAC_SHA_384, HMAC_512 → HMAC_SHA_512. Any other pairing is AWS's
 * {@code InvalidKeyUsageException: Algorithm <ALG> is incompatible with key spec <SPEC>.}
 */
public enum MacAlgorithm {
  HMAC_SHA_224("HmacSHA224", 28, KeySpec.HMAC_224),
  HMAC_SHA_256("HmacSHA256", 32, KeySpec.HMAC_256),
  HMAC_SHA_384("HmacSHA384", 48, KeySpec.HMAC_384),
  HMAC_SHA_512("HmacSHA512", 64, KeySpec.HMAC_512);

  private final String jceName;
  private final int tagLength;
  private final KeySpec spec;

  MacAlgorithm(String jceName, int tagLength, KeySpec spec) {
    this.jceName = jceName;
    this.tagLength = tagLength;
    this.spec = spec;
  }

  /** Length of the (untruncated) MAC this algorithm produces. */
  public int tagLength() {
    return tagLength;
  }

  public boolean supports(KeySpec keySpec) {
    return spec == keySpec;
  }

  /** The one algorithm of an HMAC key spec. */
  public static MacAlgorithm of(KeySpec keySpec) {
    for (MacAlgorithm algorithm : values()) {
      if (algorithm.spec == keySpec) {
        return algorithm;
      }
    }
    throw new IllegalArgumentException(keySpec + " is not an HMAC key spec");
  }

  String jceName() {
    return jceName;
  }
}
