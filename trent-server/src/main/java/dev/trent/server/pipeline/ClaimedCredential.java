package dev.trent.server.pipeline;

import dev.trent.auth.RequestView;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The access key id and region a request claims in its SigV4 credential, read without any
 * verification: only for the audit record of a call whose authentication failed, where AWS too
 * logs what the caller presented.
 *
 * @param accessKeyId as claimed (capped in length, never trusted)
 */
public record ClaimedCredential(String accessKeyId, String region) {
  private static final Pattern CREDENTIAL = Pattern.compile(
      "Credential=([A-Za-z0-9]{1,128})/[0-9]{8}/([a-z0-9-]{1,32})/");
  private static final Pattern QUERY = Pattern.compile(
      "X-Amz-Credential=([A-Za-z0-9]{1,128})(?:/|%2F)[0-9]{8}(?:/|%2F)([a-z0-9-]{1,32})(?:/|%2F)");

  public static Optional<ClaimedCredential> of(RequestView request) {
    Matcher m = CREDENTIAL.matcher(request.firstHeader("authorization").orElse(""));
    if (m.find()) {
      return Optional.of(new ClaimedCredential(m.group(1), m.group(2)));
    }
    m = QUERY.matcher(request.rawQuery() == null ? "" : request.rawQuery());
    return m.find() ? Optional.of(new ClaimedCredential(m.group(1), m.group(2))) : Optional.empty();
  }
}
