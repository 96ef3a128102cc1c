package dev.trent.protocol.validate;

import dev.trent.protocol.error.ValidationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds AWS's {@code ValidationException} from constraint violations: {@code 1 validation error
 * detected: <clause>} or {@code N validation errors detected: <clause>; <clause>}, clauses in the
 * order given. For operations that enforce tighter limits than the model, for instance
 * ScheduleKeyDeletion's 7 to 30 days:
 *
 * <pre>{@code
 * ValidationErrors.requireInRange("pendingWindowInDays", days, 7, 30);
 * }</pre>
 */
public final class ValidationErrors {
  private ValidationErrors() {}

  /**
   * The message for one or more violations.
   *
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public static String message(List<ConstraintViolation> violations) {
    int count = violations.size();
    if (count == 0) {
      throw new IllegalArgumentException("no violations");
    }
    String clauses =
        violations.stream().map(ConstraintViolation::clause).collect(Collectors.joining("; "));
    return count + (count == 1 ? " validation error detected: " : " validation errors detected: ")
        + clauses;
  }

  /** The exception to throw for these violations (at least one). */
  public static ValidationException exception(List<ConstraintViolation> violations) {
    return new ValidationException(message(violations));
  }

  public static ValidationException exception(ConstraintViolation violation) {
    return exception(List.of(violation));
  }

  /**
   * Throws the AWS message for {@code value} outside {@code min..max} (inclusive) at {@code path}.
   *
   * @throws ValidationException when out of range
   */
  public static void requireInRange(String path, long value, long min, long max) {
    ConstraintViolation.range(path, value, min, max).ifPresent(v -> {
      throw exception(v);
    });
  }
}
