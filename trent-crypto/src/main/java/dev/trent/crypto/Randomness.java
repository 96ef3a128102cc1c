package dev.trent.crypto;

import java.security.NoSuchAlgorithmException;
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
   * The platform's strong randomness: one DRBG (NIST SP 800-90A, the JDK's {@code DRBG}) per
   * thread, each seeded from the operating system's entropy source when the thread first asks.
   * A single shared {@code SecureRandom} would be one lock every request thread queues on, for
   * every salt, IV and request id; per-thread generators share no state.
   */
  static Randomness system() {
    ThreadLocal<SecureRandom> perThread = ThreadLocal.withInitial(Randomness::drbg);
    return length -> {
      byte[] out = new byte[length];
      perThread.get().nextBytes(out);
      return out;
    };
  }

  private static SecureRandom drbg() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      // Every JDK since 9 has DRBG; a platform without it still gets its default strong source.
      return new SecureRandom();
    }
  }
}
