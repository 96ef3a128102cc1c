package dev.trent.core.iam;

import java.util.List;

/**
 * One page of a list action.
 *
 * @param marker where the next page starts (pass as Marker), or null when this is the last page
 */
public record Page<T>(List<T> items, String marker) {
  public Page {
    items = List.copyOf(items);
  }

  public boolean truncated() {
    return marker != null;
  }
}
