package dev.trent.protocol.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A check of a single value (string, blob, number, boolean, timestamp). A list of scalars and a
 * map's keys and values are reported once as a whole, naming all of the element shape's
 * constraints ({@code Member must satisfy constraint: [...]}), so a scalar check can answer both
 * "which constraints does this value break" and "what are all the constraints".
 */
abstract class ScalarCheck extends Check {
  private final List<String> constraints;

  ScalarCheck(List<String> constraints) {
    this.constraints = List.copyOf(constraints);
  }

  /**
   * Type-checks the value and returns the constraints it breaks, in AWS's order; an empty list
   * when it satisfies them all.
   */
  abstract List<String> broken(JsonNode value);

  /** All constraints of the shape, in the order AWS lists them. */
  final List<String> constraints() {
    return constraints;
  }

  @Override
  final void check(JsonNode value, MemberPath path, List<ConstraintViolation> out) {
    List<String> broken = broken(value);
    if (!broken.isEmpty()) {
      String where = path.toString();
      String shown = show(value);
      broken.forEach(c -> out.add(ConstraintViolation.of(where, shown, c)));
    }
  }
}
