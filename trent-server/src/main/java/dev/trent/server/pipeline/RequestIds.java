package dev.trent.server.pipeline;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request and audit-event ids: random (version 4) UUIDs, drawn from the calling thread's own
 * generator. These ids must be unique, not secret, so they do not need {@link UUID#randomUUID()}'s
 * cryptographic source, whose one shared, locked instance every request thread would queue on
 * (twice per request), and which the key material's randomness needs more.
 */
final class RequestIds {
  private RequestIds() {}

  static String next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = random.nextLong() & ~0xf000L | 0x4000L;
    long low = random.nextLong() & ~(0xc000L << 48) | (0x8000L << 48);
    return new UUID(high, low).toString();
  }
}
