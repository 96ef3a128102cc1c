package dev.trent.protocol.model;

import java.util.Objects;

/** A 32-bit integer; {@code range} bounds its value. */
public record IntegerShape(String name, Bounds range) implements Shape {
  public IntegerShape {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(range, "range");
  }
}
