package dev.trent.crypto.signature;

/**
 * Verifies signatures of one public key under one {@link SigningAlgorithm}. Implementations are
 * immutable and thread-safe.
 */
public interface Verifier {
  SigningAlgorithm algorithm();

  /**
   * True only when {@code signature} is a valid, canonically encoded signature over {@code message}
   * read as {@code type}. A malformed, truncated or non-DER signature is simply false: the caller
   * answers {@code KMSInvalidSignatureException} for every false.
   *
   * @throws IllegalArgumentException when {@link SigningAlgorithm#acceptsMessage} refuses the input
   */
  boolean verify(byte[] message, MessageType type, byte[] signature);
}
