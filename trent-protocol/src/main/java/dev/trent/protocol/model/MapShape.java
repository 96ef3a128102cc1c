package dev.trent.protocol.model;

import java.util.Objects;

/** A map (a JSON object) from {@code key}-shaped strings to {@code value}-shaped values. */
public record MapShape(String name, String key, String value, Bounds length) implements Shape {
  public MapShape {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(length, "length");
  }
}
