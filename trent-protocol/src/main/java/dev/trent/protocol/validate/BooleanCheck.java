package dev.trent.protocol.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trent.protocol.error.SerializationException;
import java.util.List;

/** A boolean: only JSON {@code true} and {@code false} are accepted. */
final class BooleanCheck extends ScalarCheck {
  BooleanCheck() {
    super(List.of());
  }

  @Override
  List<String> broken(JsonNode value) {
    if (value.isTextual()) {
      // Sic: AWS's wording for a string here says "an Boolean" (a number gets "a Boolean").
      throw new SerializationException("STRING_VALUE can not be converted to an Boolean");
    }
    if (!value.isBoolean()) {
      throw TypeMismatch.scalar(value, "a Boolean");
    }
    return List.of();
  }

  @Override
  String show(JsonNode value) {
    return Boolean.toString(value.booleanValue());
  }
}
