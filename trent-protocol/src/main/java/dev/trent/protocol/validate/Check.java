package dev.trent.protocol.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trent.protocol.error.SerializationException;
import java.util.List;

/**
 * The compiled check of one shape. Immutable and thread-safe; built once per validator.
 */
abstract class Check {
  /**
   * Checks a present, non-null value: its JSON type first, then its constraints, adding every
   * violation to {@code out} in model order.
   *
   * @throws SerializationException when the value has the wrong JSON type for the shape
   */
  abstract void check(JsonNode value, MemberPath path, List<ConstraintViolation> out);

  /**
   * How a type-checked value appears in {@code Value '...'}, or {@code null} when it must not
   * appear (blobs, sensitive members, anything holding them).
   */
  abstract String show(JsonNode value);
}
