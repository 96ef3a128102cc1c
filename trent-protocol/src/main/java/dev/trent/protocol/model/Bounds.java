package dev.trent.protocol.model;

/**
 * The model's {@code min}/{@code max} pair: a length for strings (characters), blobs (bytes),
 * lists and maps (entries); a value range for integers. Both ends are inclusive; an end the
 * model leaves open is {@link Long#MIN_VALUE} or {@link Long#MAX_VALUE}.
 */
public record Bounds(long min, long max) {
  /** No constraint at either end. */
  public static final Bounds NONE = new Bounds(Long.MIN_VALUE, Long.MAX_VALUE);

  public Bounds {
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " > max " + max);
    }
  }

  public boolean hasMin() {
    return min != Long.MIN_VALUE;
  }

  public boolean hasMax() {
    return max != Long.MAX_VALUE;
  }

  public boolean isUnbounded() {
    return !hasMin() && !hasMax();
  }
}
