package dev.trent.policy;

/**
 * The pattern of an {@code ArnEquals}/{@code ArnLike} condition: the six colon-separated parts of
 * an ARN ({@code arn:partition:service:region:account:resource}), each matched on its own,
 * case-sensitively, with {@code *} and {@code ?} wildcards. The resource part keeps any further
 * colons. A value with fewer than six parts is matched as a whole.
 */
final class ArnPattern {
  private static final int PARTS = 6;

  private final Glob whole;
  private final Glob[] parts;

  private ArnPattern(Glob whole, Glob[] parts) {
    this.whole = whole;
    this.parts = parts;
  }

  /** {@code wild}: which positions are wildcards, null for all {@code *} and {@code ?}. */
  static ArnPattern of(String text, boolean[] wild) {
    int[] bounds = bounds(text);
    if (bounds == null) {
      return new ArnPattern(Glob.of(text, wild, false), null);
    }
    Glob[] parts = new Glob[PARTS];
    for (int i = 0; i < PARTS; i++) {
      int from = bounds[i];
      int to = i + 1 < PARTS ? bounds[i + 1] - 1 : text.length();
      String part = text.substring(from, to);
      parts[i] = wild == null ? Glob.of(part, false) : Glob.of(part, java.util.Arrays.copyOfRange(wild, from, to), false);
    }
    return new ArnPattern(null, parts);
  }

  boolean matches(String arn) {
    if (parts == null) {
      return whole.matches(arn);
    }
    int from = 0;
    for (int i = 0; i < PARTS; i++) {
      int to = i + 1 < PARTS ? arn.indexOf(':', from) : arn.length();
      if (to < 0 || !parts[i].matches(arn, from, to)) {
        return false;
      }
      from = to + 1;
    }
    return true;
  }

  /** Start index of each of the six parts, or null if there are fewer. */
  private static int[] bounds(String text) {
    int[] bounds = new int[PARTS];
    int from = 0;
    for (int i = 1; i < PARTS; i++) {
      int colon = text.indexOf(':', from);
      if (colon < 0) {
        return null;
      }
      from = colon + 1;
      bounds[i] = from;
    }
    return bounds;
  }
}
