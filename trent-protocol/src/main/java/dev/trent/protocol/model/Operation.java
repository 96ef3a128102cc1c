package dev.trent.protocol.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An API operation and the names of its input and output structures. An operation without an
 * output answers an empty body.
 */
public record Operation(String name, Optional<String> input, Optional<String> output) {
  public Operation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
  }
}
