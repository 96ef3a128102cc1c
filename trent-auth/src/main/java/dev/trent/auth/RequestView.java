package dev.trent.auth;

import dev.trent.crypto.Sha256;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of an HTTP request that SigV4 signs, free of any HTTP library.
 *
 * <p>Header names are matched case-insensitively: names are folded to lower case and names that
 * differ only in case are merged, keeping every value in arrival order (a header may repeat).
 * A view is immutable: the public constructor copies the body in, {@link #body()} copies it out;
 * {@link #toString()} shows only the body's length because bodies carry plaintext.
 */
public final class RequestView {
  private final String method;
  private final String path;
  private final String rawQuery;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  /**
   * @param method the request method as sent, e.g. {@code POST}
   * @param path the path of the request target exactly as sent (still percent-encoded), without
   *     the query; empty means {@code /}
   * @param rawQuery the query string as sent, without the {@code ?}, or {@code null} if there is none
   * @param headers header values by name
   * @param body the request body, empty if there is none
   */
  public RequestView(
      String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
    this(method, path, rawQuery, Objects.requireNonNull(body, "body").clone(),
        foldNames(Objects.requireNonNull(headers, "headers")));
  }

  private RequestView(String method, String path, String rawQuery, byte[] body,
      Map<String, List<String>> folded) {
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.rawQuery = rawQuery;
    this.headers = folded;
    this.body = Objects.requireNonNull(body, "body");
  }

  /**
   * A view of a request as the server received it, which takes {@code body} over instead of
   * copying it: the data plane's bodies are kilobytes of plaintext, and every copy is garbage the
   * collector then pauses for. The caller must not touch {@code body} afterwards.
   *
   * @param headers every header line as a name and value, in arrival order
   */
  public static RequestView received(String method, String path, String rawQuery,
      Iterable<Map.Entry<String, String>> headers, byte[] body) {
    return new RequestView(method, path, rawQuery, body, fold(headers));
  }

  /** The request method as sent, e.g. {@code POST}. */
  public String method() {
    return method;
  }

  /** The path as sent (still percent-encoded), without the query; empty means {@code /}. */
  public String path() {
    return path;
  }

  /** The query string as sent, without the {@code ?}, or {@code null} if there is none. */
  public String rawQuery() {
    return rawQuery;
  }

  /** Header values by lower-case name, in arrival order. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** Every value of the header {@code name} (any case), in arrival order; empty if absent. */
  public List<String> headerValues(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  /** The first value of the header {@code name} (any case). */
  public Optional<String> firstHeader(String name) {
    List<String> values = headerValues(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** A copy of the body. */
  public byte[] body() {
    return body.clone();
  }

  /**
   * What {@code reader} makes of the body, read in place: the data plane's bodies are kilobytes of
   * plaintext, and every copy of them is garbage the collector then pauses for. The reader gets the
   * view's own array and must neither change it nor keep it.
   */
  public <T> T readBody(BodyReader<T> reader) {
    return reader.read(body, 0, body.length);
  }

  /** Reads a body lent by {@link #readBody}: {@code body[offset, offset + length)}. */
  @FunctionalInterface
  public interface BodyReader<T> {
    T read(byte[] body, int offset, int length);
  }

  /** The SHA-256 of the body, for the signature's payload hash (no copy of the body). */
  byte[] bodySha256() {
    return Sha256.digest(body);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RequestView that
        && method.equals(that.method)
        && path.equals(that.path)
        && Objects.equals(rawQuery, that.rawQuery)
        && headers.equals(that.headers)
        && Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, rawQuery, headers, Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return "RequestView[method=" + method + ", path=" + path + ", rawQuery=" + rawQuery
        + ", headers=" + headers.keySet() + ", body=" + body.length + " bytes]";
  }

  private static Map<String, List<String>> foldNames(Map<String, List<String>> headers) {
    List<Map.Entry<String, String>> lines = new ArrayList<>();
    headers.forEach((name, values) -> values.forEach(value -> lines.add(Map.entry(name, value))));
    return fold(lines);
  }

  /** Header lines by lower-case name, each name's values in arrival order; unmodifiable. */
  private static Map<String, List<String>> fold(Iterable<Map.Entry<String, String>> lines) {
    Map<String, List<String>> folded = new LinkedHashMap<>();
    for (Map.Entry<String, String> line : lines) {
      folded.computeIfAbsent(line.getKey().toLowerCase(Locale.ROOT), n -> new ArrayList<>(1))
          .add(Objects.requireNonNull(line.getValue(), "header value"));
    }
    folded.replaceAll((name, values) -> Collections.unmodifiableList(values));
    return Collections.unmodifiableMap(folded);
  }
}
