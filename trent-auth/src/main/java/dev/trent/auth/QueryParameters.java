package dev.trent.auth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A raw query string split into parameters, in the order sent. */
final class QueryParameters {
  private record Parameter(String rawName, String rawValue) {}

  private final List<Parameter> parameters;

  private QueryParameters(List<Parameter> parameters) {
    this.parameters = parameters;
  }

  /** Splits {@code rawQuery} (may be null) at {@code &}; a part without {@code =} has value "". */
  static QueryParameters parse(String rawQuery) {
    List<Parameter> parameters = new ArrayList<>();
    if (rawQuery != null) {
      for (String part : rawQuery.split("&")) {
        if (part.isEmpty()) {
          continue;
        }
        int equals = part.indexOf('=');
        parameters.add(
            equals < 0
                ? new Parameter(part, "")
                : new Parameter(part.substring(0, equals), part.substring(equals + 1)));
      }
    }
    return new QueryParameters(List.copyOf(parameters));
  }

  boolean contains(String name) {
    return parameters.stream().anyMatch(p -> decoded(p.rawName()).equals(name));
  }

  /** The decoded value of the first parameter called {@code name}. */
  Optional<String> first(String name) {
    return parameters.stream()
        .filter(p -> decoded(p.rawName()).equals(name))
        .map(p -> decoded(p.rawValue()))
        .findFirst();
  }

  /**
   * SigV4's canonical query string: every name and value re-encoded, sorted by name then value,
   * joined with {@code &}; parameters named {@code excluded} (the presigned signature) are left
   * out.
   */
  String canonical(String excluded) {
    return parameters.stream()
        .filter(p -> excluded == null || !decoded(p.rawName()).equals(excluded))
        .map(p -> new String[] {encoded(p.rawName()), encoded(p.rawValue())})
        .sorted(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]))
        .map(p -> p[0] + "=" + p[1])
        .collect(Collectors.joining("&"));
  }

  private static String decoded(String raw) {
    return new String(UriEncoding.decode(raw), StandardCharsets.UTF_8);
  }

  private static String encoded(String raw) {
    return UriEncoding.encode(UriEncoding.decode(raw), false);
  }
}
