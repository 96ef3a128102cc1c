package dev.trent.protocol.model;

import java.util.Objects;

/**
 * A member of a structure: its wire name (the JSON key, such as {@code KeyId}), the name of the
 * shape it targets, and whether the structure requires it.
 */
public record Member(String name, String target, boolean required) {
  public Member {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(target, "target");
  }
}
