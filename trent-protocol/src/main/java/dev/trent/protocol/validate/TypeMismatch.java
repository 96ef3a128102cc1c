package dev.trent.protocol.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trent.protocol.error.SerializationException;

/**
 * The {@code SerializationException} AWS's JSON deserializer (Coral) answers when a member has the
 * wrong JSON type. Wording as measured against real AWS JSON-protocol services: {@code
 * STRING_VALUE can not be converted to an Integer}, {@code NUMBER_VALUE can not be converted to a
 * String}, {@code Start of list found where not expected}, {@code Start of structure or map found
 * where not expected.}, {@code Expected list or null}, {@code Expected map or null}, {@code
 * Expected null} (a structure given a scalar).
 */
final class TypeMismatch {
  static final String LIST_START = "Start of list found where not expected";
  static final String OBJECT_START = "Start of structure or map found where not expected.";

  private TypeMismatch() {}

  /** A scalar member given a value it cannot be read as; {@code target} is "a String" and so on. */
  static SerializationException scalar(JsonNode found, String target) {
    if (found.isArray()) {
      return new SerializationException(LIST_START);
    }
    if (found.isObject()) {
      return new SerializationException(OBJECT_START);
    }
    return new SerializationException(token(found) + " can not be converted to " + target);
  }

  static SerializationException list(JsonNode found) {
    return new SerializationException(found.isObject() ? OBJECT_START : "Expected list or null");
  }

  static SerializationException map(JsonNode found) {
    return new SerializationException(found.isArray() ? LIST_START : "Expected map or null");
  }

  static SerializationException structure(JsonNode found) {
    return new SerializationException(found.isArray() ? LIST_START : "Expected null");
  }

  /**
   * A request body that is not a JSON object. AWS names an array; any other value gets no message.
   */
  static SerializationException body(JsonNode found) {
    return new SerializationException(found.isArray() ? LIST_START : null);
  }

  /** The JSON token name Coral reports: STRING_VALUE, NUMBER_VALUE, TRUE_VALUE, FALSE_VALUE. */
  static String token(JsonNode found) {
    if (found.isTextual()) {
      return "STRING_VALUE";
    }
    if (found.isNumber()) {
      return "NUMBER_VALUE";
    }
    if (found.isBoolean()) {
      return found.booleanValue() ? "TRUE_VALUE" : "FALSE_VALUE";
    }
    return "VALUE";
  }
}
