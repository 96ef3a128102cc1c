package dev.trent.crypto.kem;

/** Encapsulates to one public key. Implementations are immutable and thread-safe. */
public interface KemEncapsulator {
  EncapsulationAlgorithm algorithm();

  /** A fresh shared secret and its ciphertext, from the injected randomness. */
  Encapsulation encapsulate();
}
