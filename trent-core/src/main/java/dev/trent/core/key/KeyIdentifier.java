package dev.trent.core.key;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A caller's way of naming a key: key id, key ARN, alias name or alias ARN, parsed but not yet
 * looked up. For the two ARN forms, {@code region} and {@code accountId} come from the ARN;
 * otherwise they are null and the caller's own apply.
 */
public record KeyIdentifier(Form form, String raw, String region, String accountId, String name) {
  /** The four ways the API lets a caller name a key. */
  public enum Form {
    KEY_ID,
    KEY_ARN,
    ALIAS_NAME,
    ALIAS_ARN
  }

  private static final Pattern ARN =
      Pattern.compile("arn:([a-z-]+):kms:([a-z0-9-]*):([0-9]{12}):((?:key|alias)/.+)");

  /** Parses {@code raw}; returns null when it is an ARN of no known shape. */
  public static KeyIdentifier parse(String raw) {
    if (raw.startsWith("arn:")) {
      Matcher m = ARN.matcher(raw);
      if (!m.matches()) {
        return null;
      }
      String resource = m.group(4);
      return resource.startsWith("key/")
          ? new KeyIdentifier(Form.KEY_ARN, raw, m.group(2), m.group(3), resource.substring(4))
          : new KeyIdentifier(Form.ALIAS_ARN, raw, m.group(2), m.group(3), resource);
    }
    if (raw.startsWith("alias/")) {
      return new KeyIdentifier(Form.ALIAS_NAME, raw, null, null, raw);
    }
    return new KeyIdentifier(Form.KEY_ID, raw, null, null, raw);
  }

  /**
   * True when {@code keyId} has the shape of a KMS key id: a lower-case UUID
   * ({@code 8-4-4-4-12} hex digits), or {@code mrk-} and 32. Checked on every request that names a
   * key, hence no regex.
   */
  public static boolean isKeyIdShaped(String keyId) {
    if (keyId.length() != 36) { // both shapes are 36 characters long
      return false;
    }
    boolean multiRegion = keyId.startsWith("mrk-");
    for (int i = multiRegion ? 4 : 0; i < 36; i++) {
      char c = keyId.charAt(i);
      boolean dash = !multiRegion && (i == 8 || i == 13 || i == 18 || i == 23);
      if (dash ? c != '-' : !isLowerHex(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerHex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
  }
}
