package dev.trent.policy;

import java.util.List;

/**
 * A statement's {@code Action} or {@code NotAction}: {@code service:action} patterns, matched
 * case-insensitively with {@code *} and {@code ?}. {@code NotAction} applies to every action it
 * does not list.
 */
final class ActionElement {
  private final Glob[] patterns;
  private final boolean negated;

  ActionElement(List<String> patterns, boolean negated) {
    this.patterns = patterns.stream().map(p -> Glob.of(p, true)).toArray(Glob[]::new);
    this.negated = negated;
  }

  boolean matches(String action) {
    for (Glob pattern : patterns) {
      if (pattern.matches(action)) {
        return !negated;
      }
    }
    return negated;
  }
}
