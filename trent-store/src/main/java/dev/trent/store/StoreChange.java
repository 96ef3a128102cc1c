package dev.trent.store;

/**
 * A committed change of a record that a node may hold in a cache: what to drop, not the new value.
 * Published by a write transaction once it has committed, on every node sharing the store.
 *
 * @param kind which kind of record changed
 * @param id the record's identity within its kind: a key id ({@link Kind#KEY}, {@link
 *     Kind#GRANT}: the grants of that key), {@code account/region/alias-name} ({@link
 *     Kind#ALIAS}), empty for {@link Kind#EVERYTHING}
 */
public record StoreChange(Kind kind, String id) {
  /** The kinds of record caches may hold. Add one per cached record kind. */
  public enum Kind {
    /** A key row: state, policy, description, deletion date, current material. */
    KEY,
    /** An alias name, created, retargeted or deleted. */
    ALIAS,
    /** The grants of a key, one created, retired or revoked. */
    GRANT,
    /**
     * Any IAM identity, access key, identity tag or policy (no id: identity caches are small and
     * such changes rare, so they drop everything).
     */
    IDENTITY,
    /** Changes may have been missed (the feed was interrupted): drop every cached record. */
    EVERYTHING
  }

  public static final StoreChange ANYTHING = new StoreChange(Kind.EVERYTHING, "");
  public static final StoreChange IDENTITIES = new StoreChange(Kind.IDENTITY, "");

  public StoreChange {
    if (kind == null || id == null) {
      throw new IllegalArgumentException("a change needs a kind and an id");
    }
  }

  public static StoreChange key(String keyId) {
    return new StoreChange(Kind.KEY, keyId);
  }

  public static StoreChange alias(String accountId, String region, String aliasName) {
    return new StoreChange(Kind.ALIAS, aliasId(accountId, region, aliasName));
  }

  public static StoreChange grants(String keyId) {
    return new StoreChange(Kind.GRANT, keyId);
  }

  /** The id an alias change carries, for caches keyed the same way. */
  public static String aliasId(String accountId, String region, String aliasName) {
    return accountId + "/" + region + "/" + aliasName;
  }

  /** A compact text form ({@code K:id}) for transports between nodes, read by {@link #decode}. */
  public String encode() {
    return kind.name().charAt(0) + ":" + id;
  }

  /** The change {@link #encode} wrote; {@link #ANYTHING} for text it does not recognise. */
  public static StoreChange decode(String text) {
    if (text == null || text.length() < 2 || text.charAt(1) != ':') {
      return ANYTHING;
    }
    String id = text.substring(2);
    return switch (text.charAt(0)) {
      case 'K' -> key(id);
      case 'A' -> new StoreChange(Kind.ALIAS, id);
      case 'G' -> grants(id);
      case 'I' -> IDENTITIES;
      default -> ANYTHING;
    };
  }
}
