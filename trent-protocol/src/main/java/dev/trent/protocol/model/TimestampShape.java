package dev.trent.protocol.model;

import java.util.Objects;

/** A point in time: a JSON number of epoch seconds on the wire, fractions allowed. */
public record TimestampShape(String name) implements Shape {
  public TimestampShape {
    Objects.requireNonNull(name, "name");
  }
}
