package dev.trent.crypto;

/**
 * Deterministic {@link Randomness} for tests: hands out the bytes 0x00, 0x01, 0x02, … (wrapping at
 * 0xff) across successive calls. Never use outside tests.
 */
public final class InsecureSequenceRandomness implements Randomness {
  private int next;

  public InsecureSequenceRandomness() {
    this(0);
  }

  public InsecureSequenceRandomness(int first) {
    this.next = first;
  }

  @Override
  public synchronized byte[] bytes(int length) {
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = (byte) next++;
    }
    return out;
  }
}
