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
  private static final Pattern KEY_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}");

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

  /** True when {@code keyId} has the shape of a KMS key id (a UUID, or mrk- and 32 hex digits). */
  public static boolean isKeyIdShaped(String keyId) {
    return KEY_ID.matcher(keyId).matches();
  }
}
