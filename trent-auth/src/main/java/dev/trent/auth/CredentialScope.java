package dev.trent.auth;

import dev.trent.protocol.error.IncompleteSignatureException;
import dev.trent.protocol.error.InvalidSignatureException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The credential of a SigV4 request: {@code AKID/20150830/us-east-1/kms/aws4_request}.
 *
 * @param accessKeyId the access key id
 * @param date the scope date, {@code yyyyMMdd}
 * @param region the region the request is for
 * @param service the service signing name
 * @param terminator always {@code aws4_request} once {@link #check} has passed
 */
record CredentialScope(
    String accessKeyId, String date, String region, String service, String terminator) {
  static final String TERMINATOR = "aws4_request";
  private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /**
   * Splits a credential into its five parts. Trailing slashes are ignored, as AWS does.
   *
   * @throws IncompleteSignatureException with AWS's text unless there are exactly five parts
   */
  static CredentialScope parse(String credential) {
    String trimmed = credential;
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    String[] parts = trimmed.split("/", -1);
    if (parts.length != 5) {
      throw new IncompleteSignatureException(
          "Credential must have exactly 5 slash-delimited elements, e.g."
              + " keyid/date/region/service/term, got '"
              + credential
              + "'");
    }
    return new CredentialScope(parts[0], parts[1], parts[2], parts[3], parts[4]);
  }

  /**
   * Checks the scope against the request, collecting every complaint into one message, as AWS does.
   *
   * @param services the accepted signing names
   * @param expectedService the name AWS's message asks for when the scope names another service
   * @param claims the request's claims, for its date
   * @throws InvalidSignatureException with AWS's texts when any part is wrong
   */
  void check(Set<String> services, String expectedService, SignatureClaims claims) {
    StringBuilder problems = new StringBuilder();
    if (!REGION.matcher(region).matches()) {
      problems.append("Credential should be scoped to a valid region, not '")
          .append(region).append("'. ");
    }
    if (!services.contains(service)) {
      problems.append("Credential should be scoped to correct service: '")
          .append(expectedService).append("'. ");
    }
    if (!terminator.equals(TERMINATOR)) {
      problems.append("Credential should be scoped with a valid terminator: '")
          .append(TERMINATOR).append("', not '").append(terminator).append("'. ");
    }
    String requestDate = AmzTimestamp.date(claims.signedAt());
    if (!date.equals(requestDate)) {
      problems.append("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of")
          .append(" date from HTTP: '").append(date).append("' != '").append(requestDate)
          .append("', from '").append(claims.timestamp()).append("'.");
    }
    if (problems.length() > 0) {
      throw new InvalidSignatureException(problems.toString());
    }
  }

  /** {@code 20150830/us-east-1/kms/aws4_request}, the scope line of the string to sign. */
  String scope() {
    return date + "/" + region + "/" + service + "/" + terminator;
  }

  @Override
  public String toString() {
    return accessKeyId + "/" + scope();
  }
}
