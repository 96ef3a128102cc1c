package dev.trent.protocol.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.protocol.error.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API operations use to raise AWS-worded validation errors of their own. */
class ValidationErrorsTest {
  @Test
  void requireInRange_belowTighterOperationLimit_throwsAwsWording() {
    assertThatThrownBy(() -> ValidationErrors.requireInRange("pendingWindowInDays", 6, 7, 30))
        .isInstanceOf(ValidationException.class)
        .hasMessage("1 validation error detected: Value '6' at 'pendingWindowInDays' failed to "
            + "satisfy constraint: Member must have value greater than or equal to 7");
    assertThatThrownBy(() -> ValidationErrors.requireInRange("pendingWindowInDays", 31, 7, 30))
        .hasMessageEndingWith("Member must have value less than or equal to 30");
  }

  @Test
  void requireInRange_withinRange_passes() {
    assertThatCode(() -> ValidationErrors.requireInRange("pendingWindowInDays", 7, 7, 30))
        .doesNotThrowAnyException();
  }

  @Test
  void severalViolations_areJoinedWithSemicolons() {
    String message = ValidationErrors.message(List.of(
        ConstraintViolation.notNull("keyId"),
        ConstraintViolation.lengthAtMost("plaintext", null, 4096),
        ConstraintViolation.pattern("policyName", "a b", "[\\w]+"),
        ConstraintViolation.enumValue("keyUsage", "X", List.of("A", "B"))));
    assertThat(message).isEqualTo("4 validation errors detected: "
        + "Value null at 'keyId' failed to satisfy constraint: Member must not be null; "
        + "Value at 'plaintext' failed to satisfy constraint: Member must have length less than "
        + "or equal to 4096; "
        + "Value 'a b' at 'policyName' failed to satisfy constraint: Member must satisfy regular "
        + "expression pattern: [\\w]+; "
        + "Value 'X' at 'keyUsage' failed to satisfy constraint: Member must satisfy enum value "
        + "set: [A, B]");
  }

  @Test
  void noViolations_isACallerBug() {
    assertThatThrownBy(() -> ValidationErrors.message(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void range_withinBounds_isEmpty() {
    assertThat(ConstraintViolation.range("limit", 5, 1, 10)).isEmpty();
    assertThat(ConstraintViolation.range("limit", 11, 1, 10))
        .contains(ConstraintViolation.valueAtMost("limit", 11, 10));
  }
}
