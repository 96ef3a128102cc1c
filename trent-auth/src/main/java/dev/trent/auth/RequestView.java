package dev.trent.auth;

import dev.trent.crypto.Sha256;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
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
 * <p>Header names are matched case-insensitively: the constructor folds them to lower case and
 * merges names that differ only in case, keeping every value in arrival order (a header may
 * repeat).
 * The body is copied in and out, so a view is immutable; {@link #toString()} shows only the body's
 * length because bodies carry plaintext.
 *
 * @param method the request method as sent, e.g. {@code POST}
 * @param path the path of the request target exactly as sent (still percent-encoded), without the
 *     query; empty means {@code /}
 * @param rawQuery the query string as sent, without the {@code ?}, or {@code null} if there is none
 * @param headers header values by name
 * @param body the request body, empty if there is none
 */
public record RequestView(
    String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {

  public RequestView {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    headers = foldNames(Objects.requireNonNull(headers, "headers"));
    body = Objects.requireNonNull(body, "body").clone();
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
  @Override
  public byte[] body() {
    return body.clone();
  }

  /**
   * The body to read once, without a copy: the data plane's bodies are kilobytes of plaintext,
   * and every copy of them is garbage the collector then pauses for.
   */
  public InputStream bodyStream() {
    return new ByteArrayInputStream(body);
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
    Map<String, List<String>> folded = new LinkedHashMap<>();
    headers.forEach(
        (name, values) ->
            folded
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                .addAll(values));
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    folded.forEach((name, values) -> frozen.put(name, List.copyOf(values)));
    return Collections.unmodifiableMap(frozen);
  }
}
