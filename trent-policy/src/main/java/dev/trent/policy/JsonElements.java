package dev.trent.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading the string-or-array-of-strings shape that most policy elements share. */
final class JsonElements {
  private JsonElements() {}

  /** The strings of {@code node} (one string, or an array of them), or null if it has another shape. */
  static List<String> strings(JsonNode node) {
    if (node.isTextual()) {
      return List.of(node.textValue());
    }
    if (!node.isArray()) {
      return null;
    }
    List<String> values = new ArrayList<>(node.size());
    for (JsonNode element : node) {
      if (!element.isTextual()) {
        return null;
      }
      values.add(element.textValue());
    }
    return values;
  }

  /**
   * Condition values: strings, numbers and booleans (as {@code "Bool": {"aws:SecureTransport":
   * false}}), alone or in an array; null for any other shape.
   */
  static List<String> scalars(JsonNode node) {
    if (!node.isArray()) {
      String value = scalar(node);
      return value == null ? null : List.of(value);
    }
    List<String> values = new ArrayList<>(node.size());
    for (JsonNode element : node) {
      String value = scalar(element);
      if (value == null) {
        return null;
      }
      values.add(value);
    }
    return values;
  }

  private static String scalar(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue() ? "true" : "false";
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    if (node.isNumber()) {
      // toString, not toPlainString: 1e999999999 must not become a billion digits.
      return node.decimalValue().toString();
    }
    return null;
  }
}
