package dev.trent.protocol.model;

import java.util.Objects;

/** A list of {@code member}-shaped elements; {@code length} bounds the number of elements. */
public record ListShape(String name, String member, Bounds length) implements Shape {
  public ListShape {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(length, "length");
  }
}
