package dev.trent.protocol.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A string. {@code pattern} is the model's regular expression as written (AWS matches it against
 * the whole value, anchored or not). {@code enumValues} keep the model's order; {@code
 * enumMessageOrder} is the same set in the order AWS prints it in validation messages (the model's
 * order unless a recorded AWS response shows otherwise). Sensitive values never appear in
 * messages.
 */
public record StringShape(
    String name,
    Bounds length,
    Optional<String> pattern,
    List<String> enumValues,
    List<String> enumMessageOrder,
    boolean sensitive)
    implements Shape {

  public StringShape {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(length, "length");
    Objects.requireNonNull(pattern, "pattern");
    enumValues = List.copyOf(enumValues);
    enumMessageOrder = List.copyOf(enumMessageOrder);
    if (enumMessageOrder.size() != enumValues.size()
        || !enumMessageOrder.containsAll(enumValues)) {
      throw new IllegalArgumentException(name + ": enumMessageOrder must reorder enumValues");
    }
  }

  public boolean isEnum() {
    return !enumValues.isEmpty();
  }
}
