package dev.trent.protocol.validate;

import java.util.List;

/**
 * The "Member must ..." half of a Coral validation clause, worded exactly as AWS words it (see
 * {@code ../shared/aws-errors.md} for recorded examples).
 */
final class ConstraintText {
  static final String NOT_NULL = "Member must not be null";

  private ConstraintText() {}

  static String lengthAtMost(long max) {
    return "Member must have length less than or equal to " + max;
  }

  static String lengthAtLeast(long min) {
    return "Member must have length greater than or equal to " + min;
  }

  static String valueAtMost(long max) {
    return "Member must have value less than or equal to " + max;
  }

  static String valueAtLeast(long min) {
    return "Member must have value greater than or equal to " + min;
  }

  static String pattern(String pattern) {
    return "Member must satisfy regular expression pattern: " + pattern;
  }

  static String enumSet(List<String> values) {
    return "Member must satisfy enum value set: [" + String.join(", ", values) + "]";
  }

  /** A list whose elements break their shape's constraints: all of them are listed. */
  static String elements(List<String> constraints) {
    return "Member must satisfy constraint: [" + String.join(", ", constraints) + "]";
  }

  static String mapKeys(List<String> constraints) {
    return "Map keys must satisfy constraint: [" + String.join(", ", constraints) + "]";
  }

  static String mapValues(List<String> constraints) {
    return "Map value must satisfy constraint: [" + String.join(", ", constraints) + "]";
  }
}
