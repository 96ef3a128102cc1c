package dev.trent.crypto;

import java.security.SecureRandom;

/**
 * The only source of randomness for keys, salts, IVs and GenerateRandom.
 *
 * <p>A constructor parameter everywhere so tests can make it deterministic; production uses the
 * platform's strong DRBG. Thread-safe.
 */
public interface Randomness {
  /** Fills a new array of {@code length} random bytes. */
  byte[] bytes(int length);

  /** Random secret of {@code length} bytes, e.g. new key material or a data key. */
  default SecretBytes secret(int length) {
    return SecretBytes.adopt(bytes(length));
  }

  /**
   * The JDK's default SecureRandom (NativePRNG/DRBG on Linux), shared by all threads. (Measured
   * here: one shared NativePRNG gives 16-byte salts two to three times faster than a DRBG per
   * thread, lock included, so it stays shared.)
   */
  static Randomness system() {
    SecureRandom random = new SecureRandom();
    return length -> {
      byte[] out = new byte[length];
      random.nextBytes(out);
      return out;
    };
  }
}
