package dev.trent.protocol.validate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One clause of an AWS validation message, such as {@code Value '6' at 'pendingWindowInDays'
 * failed to satisfy constraint: Member must have value greater than or equal to 7}.
 *
 * <p>{@code path} is the member's lowerCamelCase path ({@code keyId}, {@code
 * tags.1.member.tagKey}). Where a factory takes a {@code shownValue}, pass {@code null} to leave
 * the value out ({@code Value at 'plaintext' ...}), as AWS does for blobs and sensitive members:
 * secrets never reach a message.
 */
public record ConstraintViolation(String path, String clause) {
  public ConstraintViolation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(clause, "clause");
  }

  /** A required member that is absent or JSON null: {@code Value null at 'keyId' ...}. */
  public static ConstraintViolation notNull(String path) {
    return new ConstraintViolation(
        path, "Value null at '" + path + "' failed to satisfy constraint: " + ConstraintText.NOT_NULL);
  }

  /** Any constraint, already worded ({@code Member must ...}). */
  public static ConstraintViolation of(String path, String shownValue, String constraint) {
    String value = shownValue == null ? "Value" : "Value '" + shownValue + "'";
    return new ConstraintViolation(
        path, value + " at '" + path + "' failed to satisfy constraint: " + constraint);
  }

  public static ConstraintViolation lengthAtLeast(String path, String shownValue, long min) {
    return of(path, shownValue, ConstraintText.lengthAtLeast(min));
  }

  public static ConstraintViolation lengthAtMost(String path, String shownValue, long max) {
    return of(path, shownValue, ConstraintText.lengthAtMost(max));
  }

  public static ConstraintViolation valueAtLeast(String path, long value, long min) {
    return of(path, Long.toString(value), ConstraintText.valueAtLeast(min));
  }

  public static ConstraintViolation valueAtMost(String path, long value, long max) {
    return of(path, Long.toString(value), ConstraintText.valueAtMost(max));
  }

  public static ConstraintViolation pattern(String path, String shownValue, String pattern) {
    return of(path, shownValue, ConstraintText.pattern(pattern));
  }

  /** {@code allowed} in the order AWS prints it. */
  public static ConstraintViolation enumValue(String path, String shownValue, List<String> allowed) {
    return of(path, shownValue, ConstraintText.enumSet(allowed));
  }

  /** The violation of {@code min <= value <= max}, or empty when the value is within range. */
  public static Optional<ConstraintViolation> range(String path, long value, long min, long max) {
    if (value < min) {
      return Optional.of(valueAtLeast(path, value, min));
    }
    if (value > max) {
      return Optional.of(valueAtMost(path, value, max));
    }
    return Optional.empty();
  }
}
