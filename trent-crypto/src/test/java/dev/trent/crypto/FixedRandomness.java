package dev.trent.crypto;


/**
 * {@link Randomness} that hands out fixed bytes in order, for known-answer tests of randomized
 * algorithms (an ML-KEM seed d‖z, an encapsulation's m, ML-DSA's rnd). Drawing past the end
 * returns zeros when {@code zeroAfter} is set, otherwise throws, so a test notices an unexpected
 * draw. Never use outside tests.
 */
public final class FixedRandomness implements Randomness {
  private final byte[] bytes;
  private final boolean zeroAfter;
  private int next;

  private FixedRandomness(byte[] bytes, boolean zeroAfter) {
    this.bytes = bytes.clone();
    this.zeroAfter = zeroAfter;
  }

  public static FixedRandomness exactly(byte[] bytes) {
    return new FixedRandomness(bytes, false);
  }

  public static FixedRandomness zeros() {
    return new FixedRandomness(new byte[0], true);
  }

  @Override
  public synchronized byte[] bytes(int length) {
    if (next + length > bytes.length && !zeroAfter) {
      throw new IllegalStateException("drew more than the " + bytes.length + " fixed bytes");
    }
    byte[] out = new byte[length];
    int available = Math.max(0, Math.min(length, bytes.length - next));
    System.arraycopy(bytes, next, out, 0, available);
    next += length;
    return out;
  }

  @Override
  public String toString() {
    return "FixedRandomness[" + bytes.length + " bytes" + "]";
  }
}
