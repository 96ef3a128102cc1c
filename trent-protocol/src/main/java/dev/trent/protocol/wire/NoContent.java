package dev.trent.protocol.wire;

/** The response of an operation without an output shape: 200 with an empty body. */
public record NoContent() {
  public static final NoContent INSTANCE = new NoContent();
}
