package dev.trent.crypto.signature;

import java.security.GeneralSecurityException;

/**
 * Signs with one private key under one {@link SigningAlgorithm}. Implementations are immutable and
 * thread-safe; build one per key material and reuse it.
 */
public interface Signer {
  SigningAlgorithm algorithm();

  /**
   * The signature over {@code message} read as {@code type}: DER {@code SEQUENCE {r, s}} for ECDSA
   * and SM2DSA, the raw signature for RSA, Ed25519 and ML-DSA, exactly as AWS KMS returns them.
   *
   * @throws IllegalArgumentException when {@link SigningAlgorithm#acceptsMessage} refuses the input
   * @throws GeneralSecurityException when the provider fails (an internal error, not the caller's)
   */
  byte[] sign(byte[] message, MessageType type) throws GeneralSecurityException;
}
