package dev.trent.auth;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.protocol.error.IncompleteSignatureException;
import dev.trent.protocol.error.InvalidSignatureException;
import dev.trent.protocol.error.MissingAuthenticationTokenException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Malformed SigV4 authentication, each with AWS's error type and text. */
class AuthorizationFormTest {
  private final SigV4Verifier verifier =
      new SigV4Verifier(
          AuthMode.STRICT,
          id -> Optional.empty(),
          Clock.fixed(Instant.parse("2026-11-28T10:15:30Z"), ZoneOffset.UTC),
          Set.of("kms"));

  private static TestRequest request(String authorization) {
    return TestRequest.of("POST", "/")
        .header("Host", "kms.us-east-1.amazonaws.com")
        .header("X-Amz-Date", "20261128T101530Z")
        .header("Authorization", authorization);
  }

  @Test
  void notSigV4_isMissingAuthenticationToken() {
    assertThatThrownBy(() -> verifier.authenticate(request("AWS AKID:c2lnbmF0dXJl").build()))
        .isExactlyInstanceOf(MissingAuthenticationTokenException.class)
        .hasMessage("Missing Authentication Token");
  }

  @Test
  void otherAws4Algorithm_isUnsupported() {
    assertThatThrownBy(() -> verifier.authenticate(request("AWS4-HMAC-SHA25 Credential=a").build()))
        .isExactlyInstanceOf(IncompleteSignatureException.class)
        .hasMessage("Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA25' (only AWS4-HMAC-SHA256 for"
            + " now). ");
  }

  @Test
  void pairWithoutEqualSign_isIncomplete() {
    String broken = "AWS4-HMAC-SHA256 Credential=AKID/20261128/us-east-1/kms/aws4_request,"
        + " SignedHeaders=host;x-amz-date, Signature abc";

    assertThatThrownBy(() -> verifier.authenticate(request(broken).build()))
        .isExactlyInstanceOf(IncompleteSignatureException.class)
        .hasMessage("'Signature abc' not a valid key=value pair (missing equal-sign) in"
            + " Authorization header: '" + broken + "'.");
  }

  @Test
  void nothingButTheAlgorithmAndNoDate_listsEveryMissingPart() {
    RequestView bare = TestRequest.of("POST", "/").header("Host", "h")
        .header("Authorization", "AWS4-HMAC-SHA256").build();

    assertThatThrownBy(() -> verifier.authenticate(bare))
        .isExactlyInstanceOf(IncompleteSignatureException.class)
        .hasMessage("Authorization header requires 'Credential' parameter. Authorization header"
            + " requires 'Signature' parameter. Authorization header requires 'SignedHeaders'"
            + " parameter. Authorization header requires existence of either a 'X-Amz-Date' or a"
            + " 'Date' header. Authorization=AWS4-HMAC-SHA256");
  }

  @Test
  void dateNotInBasicFormat_isIncomplete() {
    RequestView request = TestRequest.of("POST", "/").header("Host", "h")
        .header("X-Amz-Date", "2026-11-28T10:15:30Z")
        .header("Authorization", "AWS4-HMAC-SHA256 Credential=a/b/c/d/e, SignedHeaders=host,"
            + " Signature=00")
        .build();

    assertThatThrownBy(() -> verifier.authenticate(request))
        .isExactlyInstanceOf(IncompleteSignatureException.class)
        .hasMessage("Date must be in ISO-8601 'basic format'. Got '2026-11-28T10:15:30Z'. See"
            + " http://en.wikipedia.org/wiki/ISO_8601");
  }

  @Test
  void badScope_listsEveryProblem() {
    String header = "AWS4-HMAC-SHA256 Credential=AKID/20261127/US_EAST/sqs/aws5_request,"
        + " SignedHeaders=host;x-amz-date, Signature=00";

    assertThatThrownBy(() -> verifier.authenticate(request(header).build()))
        .isExactlyInstanceOf(InvalidSignatureException.class)
        .hasMessage("Credential should be scoped to a valid region, not 'US_EAST'. Credential"
            + " should be scoped to correct service: 'kms'. Credential should be scoped with a"
            + " valid terminator: 'aws4_request', not 'aws5_request'. Date in Credential scope"
            + " does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20261127' !="
            + " '20261128', from '20261128T101530Z'.");
  }

  @Test
  void headerAndPresignedQueryTogether_isRejected() {
    RequestView request = TestRequest.of("POST", "/?X-Amz-Algorithm=AWS4-HMAC-SHA256")
        .header("Host", "h").header("Authorization", "AWS4-HMAC-SHA256 Credential=a").build();

    assertThatThrownBy(() -> verifier.authenticate(request))
        .isExactlyInstanceOf(InvalidSignatureException.class)
        .hasMessage("Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as"
            + " HTTP header.");
  }

  @Test
  void incompletePresignedQuery_listsEveryMissingParameter() {
    RequestView request = TestRequest.of("GET", "/?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=x")
        .header("Host", "h").build();

    assertThatThrownBy(() -> verifier.authenticate(request))
        .isExactlyInstanceOf(IncompleteSignatureException.class)
        .hasMessage("AWS query-string parameters must include 'X-Amz-Credential'. AWS query-string"
            + " parameters must include 'X-Amz-Signature'. AWS query-string parameters must"
            + " include 'X-Amz-SignedHeaders'. Re-examine the query-string parameters.");
  }
}
