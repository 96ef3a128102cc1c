package dev.trent.crypto.keys;

import dev.trent.crypto.Randomness;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;

/**
 * Adapts the project's {@link Randomness} to the {@link SecureRandom} that JCA and Bouncy Castle
 * APIs take, so key generation, RSA-OAEP, PSS salts, ECDSA/SM2 nonces, hedged ML-DSA and ML-KEM
 * encapsulation all draw from the one injected source (deterministic in tests). Thread-safe when the
 * {@link Randomness} is. For this module's primitives only.
 */
public final class SecureRandoms {
  private SecureRandoms() {}

  public static SecureRandom of(Randomness randomness) {
    return new Adapter(randomness);
  }

  private static final class Adapter extends SecureRandom {
    Adapter(Randomness randomness) {
      super(new Spi(randomness), null);
    }
  }

  private static final class Spi extends SecureRandomSpi {
    private final transient Randomness randomness;

    Spi(Randomness randomness) {
      this.randomness = randomness;
    }

    @Override
    protected void engineSetSeed(byte[] seed) {
      // The injected source is never reseeded by its callers.
    }

    @Override
    protected void engineNextBytes(byte[] bytes) {
      byte[] fresh = randomness.bytes(bytes.length);
      System.arraycopy(fresh, 0, bytes, 0, bytes.length);
      java.util.Arrays.fill(fresh, (byte) 0);
    }

    @Override
    protected byte[] engineGenerateSeed(int length) {
      return randomness.bytes(length);
    }
  }
}
