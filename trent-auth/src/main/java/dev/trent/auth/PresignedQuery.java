package dev.trent.auth;

import dev.trent.protocol.error.IncompleteSignatureException;
import dev.trent.protocol.error.MissingAuthenticationTokenException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses the {@code X-Amz-*} parameters of a presigned request. */
final class PresignedQuery {
  /** A week, the longest validity AWS accepts for a presigned request. */
  private static final long MAX_EXPIRES_SECONDS = 604_800;

  private PresignedQuery() {}

  static SignatureClaims parse(QueryParameters query) {
    if (!query.first("X-Amz-Algorithm").orElseThrow().equals(SignatureClaims.ALGORITHM)) {
      throw new MissingAuthenticationTokenException(SignatureClaims.MISSING_TOKEN);
    }
    List<String> missing = new ArrayList<>();
    for (String name :
        List.of("X-Amz-Credential", "X-Amz-Signature", "X-Amz-SignedHeaders", "X-Amz-Date")) {
      if (query.first(name).isEmpty()) {
        missing.add("AWS query-string parameters must include '" + name + "'.");
      }
    }
    if (!missing.isEmpty()) {
      throw new IncompleteSignatureException(
          String.join(" ", missing) + " Re-examine the query-string parameters.");
    }
    String timestamp = query.first("X-Amz-Date").orElseThrow();
    return new SignatureClaims(
        query.first("X-Amz-Credential").orElseThrow(),
        SignatureClaims.splitSignedHeaders(query.first("X-Amz-SignedHeaders").orElseThrow()),
        query.first("X-Amz-Signature").orElseThrow(),
        timestamp,
        AmzTimestamp.parse(timestamp, false),
        expires(query),
        true);
  }

  private static Optional<Duration> expires(QueryParameters query) {
    Optional<String> value = query.first("X-Amz-Expires");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    long seconds;
    try {
      seconds = Long.parseLong(value.get());
    } catch (NumberFormatException e) {
      throw new IncompleteSignatureException("X-Amz-Expires should be a number");
    }
    if (seconds < 0) {
      throw new IncompleteSignatureException("X-Amz-Expires must be non-negative");
    }
    if (seconds > MAX_EXPIRES_SECONDS) {
      throw new IncompleteSignatureException(
          "X-Amz-Expires must be less than a week (in seconds) that is 604800");
    }
    return Optional.of(Duration.ofSeconds(seconds));
  }
}
