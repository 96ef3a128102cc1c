package dev.trent.server.query;

import dev.trent.core.iam.ValidationError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of an AWS query-protocol call: the form-encoded body ({@code Action=CreateUser&...})
 * merged over the URL's query string. Lists and maps use the protocol's flattening: {@code
 * Tags.member.1.Key=team&Tags.member.1.Value=a}.
 */
final class FormParameters {
  private final Map<String, String> values;

  private FormParameters(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  static FormParameters parse(String rawQuery, byte[] body) {
    Map<String, String> values = new LinkedHashMap<>();
    decodeInto(rawQuery, values);
    decodeInto(new String(body, StandardCharsets.UTF_8), values);
    return new FormParameters(values);
  }

  /** The value, or null when absent. */
  String get(String name) {
    return values.get(name);
  }

  /** An integer parameter, or null when absent. */
  Integer integer(String name) {
    String value = values.get(name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw new ValidationError("1 validation error detected: Value '" + value + "' at '"
          + Character.toLowerCase(name.charAt(0)) + name.substring(1)
          + "' failed to satisfy constraint: Member must be a number");
    }
  }

  /** {@code Tags.member.N.Key/Value} for N = 1, 2, ... until one is missing. */
  Map<String, String> tags() {
    Map<String, String> tags = new LinkedHashMap<>();
    for (int n = 1; values.containsKey("Tags.member." + n + ".Key"); n++) {
      String value = values.get("Tags.member." + n + ".Value");
      tags.put(values.get("Tags.member." + n + ".Key"), value == null ? "" : value);
    }
    return tags;
  }

  /**
   * Every parameter but the protocol's own, for the audit record: without Action and Version, and
   * without the {@code X-Amz-*} parameters of a presigned call, which carry its signature and
   * session token.
   */
  Map<String, String> callParameters() {
    Map<String, String> out = new LinkedHashMap<>(values);
    out.remove("Action");
    out.remove("Version");
    out.keySet().removeIf(name -> name.regionMatches(true, 0, "X-Amz-", 0, 6));
    return out;
  }

  private static void decodeInto(String encoded, Map<String, String> values) {
    if (encoded == null || encoded.isEmpty()) {
      return;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        values.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new ValidationError("The request body is not a valid form encoding.");
      }
    }
  }
}
