package dev.trent.server.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trent.audit.AuditResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The keys a call touched, for CloudTrail's {@code resources}: key ARNs named by the request (a
 * bare key id is qualified with the caller's account and region) and, after a success, those the
 * response names (CreateKey's new key, the key an alias or a ciphertext resolved to). Alias names
 * themselves are not resources: the key behind them is, once known.
 *
 * <p>The shapes are checked by hand rather than by regular expression: this runs on every call.
 * A key ARN is {@code arn:[a-z-]+:kms:[a-z0-9-]+:<12 digits>:key/[A-Za-z0-9-]+}; a key id is a
 * lower-case UUID or {@code mrk-} and 32 lower-case hex digits.
 */
final class TouchedKeys {
  private static final List<String> REQUEST_MEMBERS = List.of("KeyId", "TargetKeyId", "SourceKeyId", "DestinationKeyId");
  /** The response members read here; the pipeline reads only these back from a response. */
  static final Set<String> RESPONSE_MEMBERS = Set.of("KeyMetadata", "KeyId", "SourceKeyId");
  private static final int ACCOUNT_DIGITS = 12;

  private TouchedKeys() {}

  static List<AuditResource> of(JsonNode input, JsonNode output, String account, String region) {
    List<AuditResource> keys = new ArrayList<>(2);
    if (input != null) {
      for (String member : REQUEST_MEMBERS) {
        add(keys, input.path(member).asText(""), account, region);
      }
    }
    if (output != null) {
      add(keys, output.path("KeyMetadata").path("Arn").asText(""), account, region);
      add(keys, output.path("KeyId").asText(""), account, region);
      add(keys, output.path("SourceKeyId").asText(""), account, region);
    }
    return List.copyOf(keys);
  }

  private static void add(List<AuditResource> keys, String id, String account, String region) {
    String arn;
    String owner = keyArnAccount(id);
    if (owner != null) {
      arn = id;
    } else if (account != null && region != null && isKeyId(id)) {
      arn = "arn:aws:kms:" + region + ":" + account + ":key/" + id;
      owner = keyArnAccount(arn);
    } else {
      return;
    }
    for (AuditResource known : keys) {
      if (known.arn().equals(arn)) {
        return;
      }
    }
    keys.add(AuditResource.key(owner, arn));
  }

  /** The account of a key ARN, or null when {@code text} is not one. */
  static String keyArnAccount(String text) {
    if (!text.startsWith("arn:")) {
      return null;
    }
    int partitionEnd = run(text, 4, "-", false);
    if (partitionEnd == 4 || !text.startsWith(":kms:", partitionEnd)) {
      return null;
    }
    int regionStart = partitionEnd + ":kms:".length();
    int regionEnd = run(text, regionStart, "-", true);
    if (regionEnd == regionStart || !text.startsWith(":", regionEnd)) {
      return null;
    }
    int accountStart = regionEnd + 1;
    int accountEnd = accountStart + ACCOUNT_DIGITS;
    if (accountEnd > text.length() || !text.startsWith(":key/", accountEnd)) {
      return null;
    }
    for (int i = accountStart; i < accountEnd; i++) {
      if (!isDigit(text.charAt(i))) {
        return null;
      }
    }
    int idStart = accountEnd + ":key/".length();
    if (idStart == text.length()) {
      return null;
    }
    for (int i = idStart; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(isLower(c) || c >= 'A' && c <= 'Z' || isDigit(c) || c == '-')) {
        return null;
      }
    }
    return text.substring(accountStart, accountEnd);
  }

  /** A lower-case UUID, or {@code mrk-} and 32 lower-case hex digits. */
  static boolean isKeyId(String text) {
    if (text.length() != 36) {
      return false;
    }
    if (text.startsWith("mrk-")) {
      return hex(text, 4, 36);
    }
    return text.charAt(8) == '-' && text.charAt(13) == '-' && text.charAt(18) == '-' && text.charAt(23) == '-'
        && hex(text, 0, 8) && hex(text, 9, 13) && hex(text, 14, 18) && hex(text, 19, 23) && hex(text, 24, 36);
  }

  /** The end of the run from {@code from} of lower-case letters, {@code extra}, and digits if asked. */
  private static int run(String text, int from, String extra, boolean digits) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!(isLower(c) || digits && isDigit(c) || extra.indexOf(c) >= 0)) {
        break;
      }
      i++;
    }
    return i;
  }

  private static boolean hex(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!(isDigit(c) || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
