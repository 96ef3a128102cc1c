package dev.trent.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.SecretBytes;
import dev.trent.protocol.error.IncompleteSignatureException;
import dev.trent.protocol.error.InvalidSignatureException;
import dev.trent.protocol.error.MissingAuthenticationTokenException;
import dev.trent.protocol.error.UnrecognizedClientException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** DEV mode: the form is checked, the secret and the clock are not. */
class DevModeTest {
  private final SigV4Verifier verifier =
      new SigV4Verifier(
          AuthMode.DEV,
          // DEV asks only who a stored access key stands for; its secret is never checked
          id -> id.equals(KNOWN.accessKeyId()) ? Optional.of(KNOWN) : Optional.empty(),
          // years after the request: DEV ignores clock skew
          Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC),
          Set.of("kms"));

  private static final Credential KNOWN = new Credential("AKIAKNOWNUSER0000001",
      SecretBytes.copyOf(new byte[] {1}), "444455556666", "arn:aws:iam::444455556666:user/bob");

  private static RequestView signedBy(String accessKeyId, String region) {
    return TestRequest.of("POST", "/")
        .header("Host", "localhost:4566")
        .header("X-Amz-Date", "20261128T101530Z")
        .header("Authorization",
            "AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/20261128/" + region
                + "/kms/aws4_request, SignedHeaders=host;x-amz-date, Signature=00")
        .body("{}")
        .build();
  }

  @Test
  void anyAccessKey_isTheDefaultAccountRoot() {
    assertThat(verifier.authenticate(signedBy("AKIAIOSFODNN7EXAMPLE", "us-west-2")))
        .isEqualTo(new Caller("111122223333", "arn:aws:iam::111122223333:root",
            "AKIAIOSFODNN7EXAMPLE", "us-west-2"));
  }

  @Test
  void accessKeyOfAStoredIdentity_isThatIdentity_withoutCheckingTheSecret() {
    assertThat(verifier.authenticate(signedBy("AKIAKNOWNUSER0000001", "us-east-1")))
        .isEqualTo(new Caller("444455556666", "arn:aws:iam::444455556666:user/bob",
            "AKIAKNOWNUSER0000001", "us-east-1"));
  }

  @Test
  void twelveDigitAccessKey_isItsOwnAccount() {
    assertThat(verifier.authenticate(signedBy("444455556666", "eu-central-1")))
        .isEqualTo(new Caller("444455556666", "arn:aws:iam::444455556666:root", "444455556666",
            "eu-central-1"));
  }

  @Test
  void accessKeyOfOtherLength_isNotAnAccount() {
    assertThat(verifier.authenticate(signedBy("4444555566667", "us-east-1")).accountId())
        .isEqualTo("111122223333");
  }

  @Test
  void emptyAccessKeyId_isUnrecognizedClient() {
    assertThatThrownBy(() -> verifier.authenticate(signedBy("", "us-east-1")))
        .isExactlyInstanceOf(UnrecognizedClientException.class)
        .hasMessage("The security token included in the request is invalid.");
  }

  @Test
  void missingAuthorization_isStillMissingAuthenticationToken() {
    RequestView request =
        TestRequest.of("POST", "/").header("Host", "localhost").header("X-Amz-Date",
            "20261128T101530Z").build();

    assertThatThrownBy(() -> verifier.authenticate(request))
        .isExactlyInstanceOf(MissingAuthenticationTokenException.class)
        .hasMessage("Missing Authentication Token");
  }

  @Test
  void malformedCredential_isStillIncomplete() {
    assertThatThrownBy(() -> verifier.authenticate(signedBy("AKID/20261128", "us-east-1")))
        .isExactlyInstanceOf(IncompleteSignatureException.class)
        .hasMessage("Credential must have exactly 5 slash-delimited elements, e.g."
            + " keyid/date/region/service/term,"
            + " got 'AKID/20261128/20261128/us-east-1/kms/aws4_request'");
  }

  @Test
  void wrongService_isStillRejected() {
    RequestView request = TestRequest.of("POST", "/")
        .header("Host", "localhost")
        .header("X-Amz-Date", "20261128T101530Z")
        .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20261128/us-east-1/sqs/"
            + "aws4_request, SignedHeaders=host;x-amz-date, Signature=00")
        .build();

    assertThatThrownBy(() -> verifier.authenticate(request))
        .isExactlyInstanceOf(InvalidSignatureException.class)
        .hasMessage("Credential should be scoped to correct service: 'kms'. ");
  }
}
