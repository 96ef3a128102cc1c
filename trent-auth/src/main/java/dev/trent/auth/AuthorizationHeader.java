package dev.trent.auth;

import dev.trent.protocol.error.IncompleteSignatureException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parses {@code Authorization: AWS4-HMAC-SHA256 Credential=.., SignedHeaders=.., Signature=..}. */
final class AuthorizationHeader {
  private AuthorizationHeader() {}

  /** Reads the header's claims; every message below is AWS's wording. */
  static SignatureClaims parse(String header, RequestView request) {
    int space = header.indexOf(' ');
    String algorithm = space < 0 ? header : header.substring(0, space);
    if (!algorithm.equals(SignatureClaims.ALGORITHM)) {
      throw new IncompleteSignatureException(
          "Unsupported AWS 'algorithm': '"
              + algorithm
              + "' (only "
              + SignatureClaims.ALGORITHM
              + " for now). ");
    }
    String list = space < 0 ? "" : header.substring(space + 1);
    Map<String, String> parameters = parameters(list, header);
    List<String> missing = new ArrayList<>();
    for (String name : List.of("Credential", "Signature", "SignedHeaders")) {
      if (!parameters.containsKey(name)) {
        missing.add("Authorization header requires '" + name + "' parameter.");
      }
    }
    Optional<String> amzDate = request.firstHeader("x-amz-date");
    Optional<String> date = amzDate.isPresent() ? amzDate : request.firstHeader("date");
    if (date.isEmpty()) {
      missing.add(
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
    }
    if (!missing.isEmpty()) {
      throw new IncompleteSignatureException(
          String.join(" ", missing) + " Authorization=" + header);
    }
    String timestamp = date.get().trim();
    return new SignatureClaims(
        parameters.get("Credential"),
        SignatureClaims.splitSignedHeaders(parameters.get("SignedHeaders")),
        parameters.get("Signature"),
        timestamp,
        AmzTimestamp.parse(timestamp, amzDate.isEmpty()),
        Optional.empty(),
        false);
  }

  /** Comma-separated {@code key=value} pairs; when a key repeats, the last one wins. */
  private static Map<String, String> parameters(String list, String header) {
    Map<String, String> parameters = new HashMap<>();
    for (String part : list.split(",")) {
      String pair = part.trim();
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      if (equals < 0) {
        throw new IncompleteSignatureException(
            "'"
                + pair
                + "' not a valid key=value pair (missing equal-sign) in Authorization header: '"
                + header
                + "'.");
      }
      parameters.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
    }
    return parameters;
  }
}
