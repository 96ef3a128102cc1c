package dev.trent.protocol.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A timestamp: a JSON number of epoch seconds, fractions allowed. */
final class TimestampCheck extends ScalarCheck {
  TimestampCheck() {
    super(List.of());
  }

  @Override
  List<String> broken(JsonNode value) {
    if (!value.isNumber()) {
      throw TypeMismatch.scalar(value, "a Timestamp");
    }
    return List.of();
  }

  @Override
  String show(JsonNode value) {
    return value.asText();
  }
}
