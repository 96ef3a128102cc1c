package dev.trent.protocol.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trent.protocol.model.Bounds;
import java.util.List;
import java.util.StringJoiner;

/**
 * A list: its length, then its elements. Elements that are scalars are reported once for the
 * whole list ({@code Value '[a, b]' at 'grantTokens' failed to satisfy constraint: Member must
 * satisfy constraint: [...]}); structures and other containers are checked in place, at {@code
 * <list>.<n>.member}. JSON null elements are skipped, as AWS skips them.
 */
final class ListCheck extends Check {
  private final Bounds length;
  private final Check element;

  ListCheck(Bounds length, Check element) {
    this.length = length;
    this.element = element;
  }

  @Override
  void check(JsonNode value, MemberPath path, List<ConstraintViolation> out) {
    if (!value.isArray()) {
      throw TypeMismatch.list(value);
    }
    if (element instanceof ScalarCheck scalar) {
      checkScalars(value, scalar, path, out);
      return;
    }
    checkLength(value, path, out);
    int index = 0;
    for (JsonNode item : value) {
      if (!item.isNull()) {
        element.check(item, path.element(++index), out);
      }
    }
  }

  private void checkScalars(
      JsonNode value, ScalarCheck scalar, MemberPath path, List<ConstraintViolation> out) {
    // Type errors win over constraint errors, so every element is read before anything is added.
    boolean broken = false;
    for (JsonNode item : value) {
      if (!item.isNull() && !scalar.broken(item).isEmpty()) {
        broken = true;
      }
    }
    checkLength(value, path, out);
    if (broken) {
      out.add(ConstraintViolation.of(
          path.toString(), show(value), ConstraintText.elements(scalar.constraints())));
    }
  }

  private void checkLength(JsonNode value, MemberPath path, List<ConstraintViolation> out) {
    if (length.isUnbounded()) {
      return;
    }
    long count = count(value);
    if (count < length.min()) {
      out.add(ConstraintViolation.lengthAtLeast(path.toString(), show(value), length.min()));
    } else if (count > length.max()) {
      out.add(ConstraintViolation.lengthAtMost(path.toString(), show(value), length.max()));
    }
  }

  private static long count(JsonNode value) {
    long count = 0;
    for (JsonNode item : value) {
      if (!item.isNull()) {
        count++;
      }
    }
    return count;
  }

  /** {@code [a, b]}, as AWS prints a list; hidden when any element must be. */
  @Override
  String show(JsonNode value) {
    StringJoiner shown = new StringJoiner(", ", "[", "]");
    for (JsonNode item : value) {
      if (!item.isNull()) {
        String one = element.show(item);
        if (one == null) {
          return null;
        }
        shown.add(one);
      }
    }
    return shown.toString();
  }
}
