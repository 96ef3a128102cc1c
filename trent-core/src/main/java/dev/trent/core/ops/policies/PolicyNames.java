package dev.trent.core.ops.policies;

import dev.trent.protocol.error.NotFoundException;

/** Key policy names: a key has one policy, named {@code default} (API reference, PolicyName). */
final class PolicyNames {
  static final String DEFAULT = "default";

  private PolicyNames() {}

  /** The name a request gives, or {@code default} when it gives none. */
  static String require(String name) {
    if (name != null && !DEFAULT.equals(name)) {
      throw new NotFoundException("No such policy exists");
    }
    return DEFAULT;
  }
}
