package dev.trent.server.query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Writes the XML of query-protocol responses: elements in order, text escaped, absent values left
 * out. Not thread-safe; one per response.
 */
final class Xml {
  private final StringBuilder out = new StringBuilder(512);

  Xml open(String name) {
    out.append('<').append(name).append('>');
    return this;
  }

  Xml close(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  /** {@code <name>value</name>}, nothing when the value is null. */
  Xml element(String name, Object value) {
    if (value != null) {
      open(name);
      escape(value instanceof Instant i ? timestamp(i) : value.toString());
      close(name);
    }
    return this;
  }

  /** A policy document as IAM returns it: URL-encoded (RFC 3986). */
  Xml document(String name, String json) {
    return element(name, json == null ? null
        : URLEncoder.encode(json, StandardCharsets.UTF_8).replace("+", "%20"));
  }

  /** {@code <Tags><member><Key/><Value/></member>...</Tags>}, nothing when there are none. */
  Xml tags(Map<String, String> tags) {
    if (tags.isEmpty()) {
      return this;
    }
    open("Tags");
    tags.forEach((k, v) -> open("member").element("Key", k).element("Value", v).close("member"));
    return close("Tags");
  }

  Xml raw(String xml) {
    out.append(xml);
    return this;
  }

  static String timestamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private void escape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        case '\r' -> out.append("&#13;");
        default -> out.append(c);
      }
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
