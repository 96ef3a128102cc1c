package dev.trent.protocol.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trent.protocol.error.SerializationException;
import dev.trent.protocol.model.Bounds;
import dev.trent.protocol.model.IntegerShape;
import java.util.ArrayList;
import java.util.List;

/**
 * A 32-bit integer and its range. A fractional number is truncated toward zero, as AWS's
 * deserializer does (and Jackson when binding); a number outside 32 bits is a serialization error.
 */
final class IntegerCheck extends ScalarCheck {
  private final Bounds range;

  IntegerCheck(IntegerShape shape) {
    super(rangeConstraints(shape.range()));
    this.range = shape.range();
  }

  @Override
  List<String> broken(JsonNode value) {
    long number = read(value);
    if (number < range.min()) {
      return List.of(ConstraintText.valueAtLeast(range.min()));
    }
    if (number > range.max()) {
      return List.of(ConstraintText.valueAtMost(range.max()));
    }
    return List.of();
  }

  @Override
  String show(JsonNode value) {
    return Long.toString(read(value));
  }

  private static long read(JsonNode value) {
    if (!value.isNumber()) {
      throw TypeMismatch.scalar(value, "an Integer");
    }
    if (!value.canConvertToInt()) {
      throw new SerializationException("NUMBER_VALUE can not be converted to an Integer");
    }
    return value.intValue();
  }

  private static List<String> rangeConstraints(Bounds range) {
    List<String> all = new ArrayList<>(2);
    if (range.hasMax()) {
      all.add(ConstraintText.valueAtMost(range.max()));
    }
    if (range.hasMin()) {
      all.add(ConstraintText.valueAtLeast(range.min()));
    }
    return all;
  }
}
