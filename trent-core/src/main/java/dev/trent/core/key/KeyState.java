package dev.trent.core.key;

/** The KeyState values of the API, with their wire names. */
public enum KeyState {
  ENABLED("Enabled"),
  DISABLED("Disabled"),
  PENDING_DELETION("PendingDeletion"),
  PENDING_IMPORT("PendingImport"),
  UNAVAILABLE("Unavailable");

  private final String wireName;

  KeyState(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static KeyState of(String wireName) {
    for (KeyState s : values()) {
      if (s.wireName.equals(wireName)) {
        return s;
      }
    }
    throw new IllegalStateException("unknown stored key state " + wireName);
  }
}
