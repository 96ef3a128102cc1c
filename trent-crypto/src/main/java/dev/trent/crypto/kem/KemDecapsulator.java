package dev.trent.crypto.kem;

import dev.trent.crypto.SecretBytes;
import java.security.GeneralSecurityException;

/** Decapsulates with one private key. Implementations are immutable and thread-safe. */
public interface KemDecapsulator {
  EncapsulationAlgorithm algorithm();

  /**
   * The 32-byte shared secret. Only a ciphertext of the wrong length throws; any other altered or
   * foreign ciphertext yields a pseudo-random secret (FIPS 203 implicit rejection), as AWS
   * documents for Decapsulate.
   *
   * @throws GeneralSecurityException when {@code ciphertext} has the wrong length
   */
  SecretBytes decapsulate(byte[] ciphertext) throws GeneralSecurityException;
}
