package dev.trent.auth;

import dev.trent.protocol.error.IncompleteSignatureException;
import dev.trent.protocol.error.InvalidSignatureException;
import dev.trent.protocol.error.MissingAuthenticationTokenException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a request claims about its signature, read from the {@code Authorization} header or from a
 * presigned query string; nothing in it is verified yet.
 *
 * @param credential the raw credential, {@code AKID/date/region/service/aws4_request}
 * @param signedHeaders the signed header names, as listed
 * @param signature the hex signature
 * @param timestamp the raw request time
 * @param signedAt the request time
 * @param validity how long after {@code signedAt} the signature is good for: X-Amz-Expires for a
 *     presigned request, empty for the header form (then only the clock-skew window applies)
 * @param presigned whether the claims came from the query string
 */
record SignatureClaims(
    String credential,
    List<String> signedHeaders,
    String signature,
    String timestamp,
    Instant signedAt,
    Optional<Duration> validity,
    boolean presigned) {
  static final String ALGORITHM = "AWS4-HMAC-SHA256";
  static final String MISSING_TOKEN = "Missing Authentication Token";

  SignatureClaims {
    signedHeaders = List.copyOf(signedHeaders);
  }

  /**
   * Reads the claims of {@code request}.
   *
   * @throws MissingAuthenticationTokenException if the request carries no SigV4 authentication
   * @throws IncompleteSignatureException if the authentication is malformed or incomplete
   * @throws InvalidSignatureException if it is given both as a header and in the query
   */
  static SignatureClaims of(RequestView request, QueryParameters query) {
    Optional<String> header = request.firstHeader("authorization");
    boolean inQuery = query.contains("X-Amz-Algorithm");
    if (header.isPresent() && inQuery) {
      throw new InvalidSignatureException(
          "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP"
              + " header.");
    }
    if (inQuery) {
      return PresignedQuery.parse(query);
    }
    // A header that is not SigV4 at all (SigV2, Bearer, ...) counts as no token, as AWS does.
    if (header.isEmpty() || !header.get().trim().startsWith("AWS4-")) {
      throw new MissingAuthenticationTokenException(MISSING_TOKEN);
    }
    return AuthorizationHeader.parse(header.get().trim(), request);
  }

  static List<String> splitSignedHeaders(String value) {
    return value.isEmpty() ? List.of() : List.of(value.split(";", -1));
  }
}
