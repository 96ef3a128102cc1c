package dev.trent.policy;

/**
 * A wildcard pattern of the policy language, compiled once: {@code *} matches any run of
 * characters (also none), {@code ?} exactly one. No regular expressions: the common shapes (exact,
 * {@code *}, prefix{@code *}) are answered by one string comparison, the rest by a linear
 * backtracking scan, without allocating.
 *
 * <p>Wildcard characters that came from a policy variable or an escape ({@code ${*}}, {@code ${?}})
 * are literal: the optional mask says which positions are wildcards.
 */
final class Glob {
  private enum Shape { ANYTHING, EXACT, PREFIX, GENERAL }

  private final String pattern;
  private final boolean[] wild;
  private final boolean ignoreCase;
  private final Shape shape;
  private final String literal;

  private Glob(String pattern, boolean[] wild, boolean ignoreCase) {
    this.pattern = pattern;
    this.wild = wild;
    this.ignoreCase = ignoreCase;
    int wildcards = 0;
    int firstWildcard = -1;
    for (int i = 0; i < pattern.length(); i++) {
      if (isWildcard(i)) {
        wildcards++;
        if (firstWildcard < 0) {
          firstWildcard = i;
        }
      }
    }
    if (wildcards == 0) {
      shape = Shape.EXACT;
      literal = pattern;
    } else if (wildcards == 1 && firstWildcard == pattern.length() - 1 && pattern.charAt(firstWildcard) == '*') {
      shape = firstWildcard == 0 ? Shape.ANYTHING : Shape.PREFIX;
      literal = pattern.substring(0, firstWildcard);
    } else {
      shape = Shape.GENERAL;
      literal = null;
    }
  }

  /** Every {@code *} and {@code ?} of {@code pattern} is a wildcard. */
  static Glob of(String pattern, boolean ignoreCase) {
    return new Glob(pattern, null, ignoreCase);
  }

  /** Only the positions {@code wild} marks are wildcards; {@code wild.length == text.length()}. */
  static Glob of(String text, boolean[] wild, boolean ignoreCase) {
    return new Glob(text, wild, ignoreCase);
  }

  /** True if the pattern has no wildcard: it matches only its own text. */
  boolean isLiteral() {
    return shape == Shape.EXACT;
  }

  String pattern() {
    return pattern;
  }

  boolean matches(String s) {
    return matches(s, 0, s.length());
  }

  /** Whether {@code s.substring(from, to)} matches, without making that substring. */
  boolean matches(String s, int from, int to) {
    int length = to - from;
    switch (shape) {
      case ANYTHING:
        return true;
      case EXACT:
        return length == literal.length() && s.regionMatches(ignoreCase, from, literal, 0, length);
      case PREFIX:
        return length >= literal.length() && s.regionMatches(ignoreCase, from, literal, 0, literal.length());
      default:
        return matchesGeneral(s, from, to);
    }
  }

  private boolean matchesGeneral(String s, int from, int to) {
    int n = pattern.length();
    int p = 0;
    int i = from;
    int starP = -1;
    int starI = from;
    while (i < to) {
      if (p < n) {
        char c = pattern.charAt(p);
        boolean isWild = isWildcard(p);
        if (isWild && c == '*') {
          starP = p++;
          starI = i;
          continue;
        }
        if ((isWild && c == '?') || (!isWild && same(c, s.charAt(i)))) {
          p++;
          i++;
          continue;
        }
      }
      if (starP < 0) {
        return false;
      }
      // Let the last star swallow one more character and retry from there.
      p = starP + 1;
      i = ++starI;
    }
    while (p < n && isWildcard(p) && pattern.charAt(p) == '*') {
      p++;
    }
    return p == n;
  }

  private boolean isWildcard(int index) {
    char c = pattern.charAt(index);
    return (c == '*' || c == '?') && (wild == null || wild[index]);
  }

  private boolean same(char a, char b) {
    if (a == b) {
      return true;
    }
    if (!ignoreCase) {
      return false;
    }
    char ua = Character.toUpperCase(a);
    char ub = Character.toUpperCase(b);
    return ua == ub || Character.toLowerCase(ua) == Character.toLowerCase(ub);
  }

  @Override
  public String toString() {
    return pattern;
  }
}
