package dev.trent.policy;

import java.util.List;
import java.util.TreeMap;

/** {@link ConditionContext#of}: a case-insensitive sorted map, so lookups need no lowered copy of the key. */
final class MapConditionContext implements ConditionContext {
  static final MapConditionContext EMPTY = new MapConditionContext(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

  private final TreeMap<String, List<String>> values;

  MapConditionContext(TreeMap<String, List<String>> values) {
    this.values = values;
  }

  @Override
  public List<String> values(String key) {
    List<String> found = values.get(key);
    return found == null ? List.of() : found;
  }

  @Override
  public String toString() {
    // Key names only: condition values can carry encryption context, which may be sensitive.
    return "ConditionContext" + values.keySet();
  }
}
