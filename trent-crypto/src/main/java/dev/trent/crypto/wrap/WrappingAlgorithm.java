package dev.trent.crypto.wrap;

import dev.trent.crypto.encryption.EncryptionAlgorithm;

/**
 * The AlgorithmSpec values of GetParametersForImport (AWS KMS Developer Guide, "Select a wrapping
 * algorithm"). The RSA_AES_KEY_WRAP ones encrypt a fresh 256-bit AES key with RSA-OAEP and wrap the
 * material under it with AES-KWP, the two concatenated.
 */
public enum WrappingAlgorithm {
  RSAES_OAEP_SHA_1(EncryptionAlgorithm.RSAES_OAEP_SHA_1, false),
  RSAES_OAEP_SHA_256(EncryptionAlgorithm.RSAES_OAEP_SHA_256, false),
  RSA_AES_KEY_WRAP_SHA_1(EncryptionAlgorithm.RSAES_OAEP_SHA_1, true),
  RSA_AES_KEY_WRAP_SHA_256(EncryptionAlgorithm.RSAES_OAEP_SHA_256, true),
  SM2PKE(EncryptionAlgorithm.SM2PKE, false);

  private final EncryptionAlgorithm outer;
  private final boolean twoLayer;

  WrappingAlgorithm(EncryptionAlgorithm outer, boolean twoLayer) {
    this.outer = outer;
    this.twoLayer = twoLayer;
  }

  /** The public-key encryption applied to the material, or to the AES key for two layers. */
  public EncryptionAlgorithm outer() {
    return outer;
  }

  public boolean twoLayer() {
    return twoLayer;
  }
}
