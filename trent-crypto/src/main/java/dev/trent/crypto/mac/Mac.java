package dev.trent.crypto.mac;

/** A MAC under one key. Implementations are immutable and thread-safe. */
public interface Mac {
  MacAlgorithm algorithm();

  /** The full-length MAC of {@code message}. */
  byte[] compute(byte[] message);

  /**
   * True only when {@code tag} equals the MAC of {@code message}, compared in constant time; a tag
   * of another length (truncated, padded, empty) is false. The caller answers {@code
   * KMSInvalidMacException} for every false.
   */
  boolean verify(byte[] message, byte[] tag);
}
