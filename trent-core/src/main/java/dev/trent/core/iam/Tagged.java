package dev.trent.core.iam;

import java.util.Map;

/** An entity with its tags, as IAM's Get and Create actions return it. */
public record Tagged<T>(T entity, Map<String, String> tags) {
  public Tagged {
    tags = Map.copyOf(tags);
  }
}
