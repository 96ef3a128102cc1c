package dev.trent.auth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link RequestView}s for tests from a request line, headers and a body. */
final class TestRequest {
  private final String method;
  private final String target;
  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private byte[] body = new byte[0];

  private TestRequest(String method, String target) {
    this.method = method;
    this.target = target;
  }

  /** {@code target} is the request target as on the request line: path, then {@code ?query}. */
  static TestRequest of(String method, String target) {
    return new TestRequest(method, target);
  }

  /** Adds a header line; repeating a name repeats the header. */
  TestRequest header(String name, String value) {
    headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    return this;
  }

  TestRequest body(String text) {
    this.body = text.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  RequestView build() {
    int question = target.indexOf('?');
    String path = question < 0 ? target : target.substring(0, question);
    String query = question < 0 ? null : target.substring(question + 1);
    return new RequestView(method, path, query, headers, body);
  }
}
