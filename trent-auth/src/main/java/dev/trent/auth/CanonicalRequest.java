package dev.trent.auth;

import dev.trent.crypto.Sha256;
import dev.trent.protocol.error.IncompleteSignatureException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** The SigV4 canonical request of a non-S3 service, rebuilt from what the server received. */
final class CanonicalRequest {
  private static final Pattern WHITESPACE_RUN = Pattern.compile("[ \\t]+");

  private CanonicalRequest() {}

  /**
   * Builds the canonical request the client must have signed.
   *
   * <p>The payload line is always the hash of the body actually received, never the client's
   * {@code x-amz-content-sha256}: a header claiming another hash, or {@code UNSIGNED-PAYLOAD}, then
   * simply fails to verify, so a signature can never cover a body it was not computed over.
   *
   * @throws IncompleteSignatureException if a signed header is absent from the request
   */
  static String of(RequestView request, QueryParameters query, SignatureClaims claims) {
    StringBuilder out = new StringBuilder(512);
    out.append(request.method()).append('\n');
    out.append(UriEncoding.canonicalPath(request.path())).append('\n');
    out.append(query.canonical(claims.presigned() ? "X-Amz-Signature" : null)).append('\n');
    for (String name : claims.signedHeaders()) {
      List<String> values = request.headerValues(name);
      if (values.isEmpty()) {
        throw new IncompleteSignatureException(
            "'" + name
                + "' is named as a SignedHeader, but it does not exist in the HTTP request.");
      }
      out.append(name).append(':');
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(canonicalValue(values.get(i)));
      }
      out.append('\n');
    }
    out.append('\n');
    out.append(String.join(";", claims.signedHeaders())).append('\n');
    out.append(Hex.encode(request.bodySha256()));
    return out.toString();
  }

  /** Trimmed, with each run of spaces or tabs collapsed to one space. */
  private static String canonicalValue(String value) {
    String trimmed = value.trim();
    // Most values have nothing to collapse: no tab and no two spaces in a row.
    if (trimmed.indexOf('\t') < 0 && trimmed.indexOf("  ") < 0) {
      return trimmed;
    }
    return WHITESPACE_RUN.matcher(trimmed).replaceAll(" ");
  }

  static String hash(String canonicalRequest) {
    return Hex.encode(Sha256.digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
  }
}
