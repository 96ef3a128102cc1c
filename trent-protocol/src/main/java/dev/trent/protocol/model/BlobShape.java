package dev.trent.protocol.model;

import java.util.Objects;

/** Binary data, base64 on the wire; {@code length} counts decoded bytes. */
public record BlobShape(String name, Bounds length, boolean sensitive) implements Shape {
  public BlobShape {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(length, "length");
  }
}
