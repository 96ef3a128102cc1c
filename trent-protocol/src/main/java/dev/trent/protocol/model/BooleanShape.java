package dev.trent.protocol.model;

import java.util.Objects;

/** A boolean: a JSON {@code true} or {@code false} on the wire. */
public record BooleanShape(String name) implements Shape {
  public BooleanShape {
    Objects.requireNonNull(name, "name");
  }
}
