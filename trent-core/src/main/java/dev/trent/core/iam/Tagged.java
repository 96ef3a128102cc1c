package dev.trent.core.iam;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An entity with its tags (in the order given: the store's is by tag key), as IAM returns it. */
public record Tagged<T>(T entity, Map<String, String> tags) {
  public Tagged {
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
  }
}
