package dev.trent.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link ConditionContext#of}: an open-addressing table hashed on case-folded characters, so that a
 * lookup by any spelling of a key needs neither a lowered copy of the key nor a sorted-map walk.
 */
final class MapConditionContext implements ConditionContext {
  static final MapConditionContext EMPTY = new MapConditionContext(Map.of());

  private final String[] keys;
  private final Object[] values;
  private final int mask;

  /** {@code entries} must not hold two spellings of one key. */
  MapConditionContext(Map<String, List<String>> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3)) * 2;
    keys = new String[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    entries.forEach((key, list) -> {
      int slot = hash(key) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = List.copyOf(list);
    });
  }

  @Override
  public List<String> values(String key) {
    return values(key, hash(key));
  }

  /** {@link #values(String)} with the key's {@link #hash} computed once, at parse time, by the caller. */
  @SuppressWarnings("unchecked")
  List<String> values(String key, int hash) {
    int slot = hash & mask;
    for (String candidate = keys[slot]; candidate != null; candidate = keys[slot]) {
      if (candidate.equalsIgnoreCase(key)) {
        return (List<String>) values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return List.of();
  }

  /** A hash equal for every spelling that {@link String#equalsIgnoreCase} takes as equal. */
  static int hash(String key) {
    int h = 0;
    for (int i = 0; i < key.length(); i++) {
      h = 31 * h + Character.toLowerCase(Character.toUpperCase(key.charAt(i)));
    }
    return h ^ (h >>> 16);
  }

  @Override
  public String toString() {
    // Key names only: condition values can carry encryption context, which may be sensitive.
    List<String> names = new ArrayList<>();
    for (String key : keys) {
      if (key != null) {
        names.add(key);
      }
    }
    names.sort(String.CASE_INSENSITIVE_ORDER);
    return "ConditionContext" + names;
  }
}
