package dev.trent.protocol.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/** Request bodies for tests, written with single quotes so they read well inside Java strings. */
final class TestJson {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

  private TestJson() {}

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code count} copies of {@code c}, for over-long values. */
  static String repeat(char c, int count) {
    return String.valueOf(c).repeat(count);
  }

  /** Canonical base64 of {@code bytes} zero bytes. */
  static String base64OfLength(int bytes) {
    return java.util.Base64.getEncoder().encodeToString(new byte[bytes]);
  }
}
