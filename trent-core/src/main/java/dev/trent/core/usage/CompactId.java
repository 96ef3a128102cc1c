package dev.trent.core.usage;

import java.util.UUID;

/**
 * An id held as the two halves of a UUID when it is one in canonical form, as request and event
 * ids are: holding the caller's string instead would keep one young object alive per request until
 * the key's next use, seconds later, which the collector then copies and promotes. Ids in any
 * other form are held as given. Mutable; guarded by the {@link LastUse} that owns it.
 */
final class CompactId {
  private static final int UUID_LENGTH = 36;

  private long high;
  private long low;
  /** The id when it is not a canonical UUID (null: none, or held as halves). */
  private String text;
  private boolean halves;

  void set(String id) {
    if (canonicalUuid(id)) {
      UUID uuid = UUID.fromString(id);
      high = uuid.getMostSignificantBits();
      low = uuid.getLeastSignificantBits();
      halves = true;
      text = null;
    } else {
      halves = false;
      text = id;
    }
  }

  String get() {
    return halves ? new UUID(high, low).toString() : text;
  }

  /** Lower-case hex in groups of 8-4-4-4-12: exactly what {@link UUID#toString()} gives back. */
  static boolean canonicalUuid(String id) {
    if (id == null || id.length() != UUID_LENGTH) {
      return false;
    }
    for (int i = 0; i < UUID_LENGTH; i++) {
      char c = id.charAt(i);
      boolean ok = i == 8 || i == 13 || i == 18 || i == 23
          ? c == '-'
          : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
