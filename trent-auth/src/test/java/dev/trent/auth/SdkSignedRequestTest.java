package dev.trent.auth;

import static dev.trent.auth.SdkSigner.KEY_ID;
import static dev.trent.auth.SdkSigner.SECRET;
import static dev.trent.auth.SdkSigner.SIGNED_AT;
import static dev.trent.auth.SdkSigner.verifierAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.protocol.error.InvalidSignatureException;
import dev.trent.protocol.error.UnrecognizedClientException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.AuthLocation;

/** STRICT mode against requests signed by the real AWS SDK for Java v2 signer. */
class SdkSignedRequestTest {
  private final SigV4Verifier verifier = verifierAt(SIGNED_AT.plusSeconds(2));

  @Test
  void sdkSignedRequest_authenticatesTheKeyOwner() {
    RequestView request = SdkSigner.encrypt(KEY_ID, SECRET, "kms", "eu-west-3");

    assertThat(verifier.authenticate(request))
        .isEqualTo(
            new Caller(
                "123456789012", "arn:aws:iam::123456789012:user/alice", KEY_ID, "eu-west-3"));
  }

  @Test
  void sameKeyTwice_usesTheCachedSigningKeyAndStillVerifies() {
    verifier.authenticate(SdkSigner.encrypt(KEY_ID, SECRET, "kms", "us-east-1"));
    RequestView again = SdkSigner.encrypt(KEY_ID, SECRET, "kms", "us-east-1");

    assertThat(verifier.authenticate(again).region()).isEqualTo("us-east-1");
  }

  @Test
  void presignedSdkRequest_authenticatesUntilItExpires() {
    RequestView request =
        SdkSigner.sign(
            KEY_ID,
            SECRET,
            "kms",
            "us-east-1",
            r ->
                r.putProperty(AwsV4FamilyHttpSigner.AUTH_LOCATION, AuthLocation.QUERY_STRING)
                    .putProperty(
                        AwsV4FamilyHttpSigner.EXPIRATION_DURATION, Duration.ofMinutes(10)));

    assertThat(request.rawQuery()).contains("X-Amz-Signature=");
    assertThat(verifierAt(SIGNED_AT.plusSeconds(540)).authenticate(request).accountId())
        .isEqualTo("123456789012");
    assertThatThrownBy(() -> verifierAt(SIGNED_AT.plusSeconds(660)).authenticate(request))
        .isExactlyInstanceOf(InvalidSignatureException.class)
        .hasMessage(
            "Signature expired: 20261128T101530Z is now earlier than 20261128T101630Z"
                + " (20261128T102630Z - 10 min.)");
  }

  @Test
  void tamperedBody_isRejected() {
    RequestView signed = SdkSigner.encrypt(KEY_ID, SECRET, "kms", "us-east-1");
    byte[] otherBody =
        SdkSigner.BODY.replace("alias/app", "alias/xyz").getBytes(StandardCharsets.UTF_8);

    assertMismatch(
        new RequestView(
            signed.method(), signed.path(), signed.rawQuery(), signed.headers(), otherBody));
  }

  @Test
  void tamperedSignedHeader_isRejected() {
    RequestView signed = SdkSigner.encrypt(KEY_ID, SECRET, "kms", "us-east-1");

    assertMismatch(SdkSigner.withHeader(signed, "X-Amz-Target", "TrentService.Decrypt"));
  }

  @Test
  void wrongSecret_isRejected() {
    assertMismatch(SdkSigner.encrypt(KEY_ID, SECRET.replace('w', 'W'), "kms", "us-east-1"));
  }

  @Test
  void unknownAccessKey_isUnrecognizedClient() {
    RequestView request = SdkSigner.encrypt("AKIAUNKNOWN", SECRET, "kms", "us-east-1");

    assertThatThrownBy(() -> verifier.authenticate(request))
        .isExactlyInstanceOf(UnrecognizedClientException.class)
        .hasMessage("The security token included in the request is invalid.");
  }

  @Test
  void signedMoreThanFiveMinutesAgo_isExpired() {
    RequestView request = SdkSigner.encrypt(KEY_ID, SECRET, "kms", "us-east-1");

    assertThat(verifierAt(SIGNED_AT.plusSeconds(300)).authenticate(request)).isNotNull();
    assertThatThrownBy(() -> verifierAt(SIGNED_AT.plusSeconds(301)).authenticate(request))
        .isExactlyInstanceOf(InvalidSignatureException.class)
        .hasMessage(
            "Signature expired: 20261128T101530Z is now earlier than 20261128T101531Z"
                + " (20261128T102031Z - 5 min.)");
  }

  @Test
  void signedMoreThanFiveMinutesAhead_isNotYetCurrent() {
    RequestView request = SdkSigner.encrypt(KEY_ID, SECRET, "kms", "us-east-1");

    assertThat(verifierAt(SIGNED_AT.minusSeconds(300)).authenticate(request)).isNotNull();
    assertThatThrownBy(() -> verifierAt(SIGNED_AT.minusSeconds(301)).authenticate(request))
        .isExactlyInstanceOf(InvalidSignatureException.class)
        .hasMessage(
            "Signature not yet current: 20261128T101530Z is still later than"
                + " 20261128T101529Z (20261128T101029Z + 5 min.)");
  }

  private void assertMismatch(RequestView request) {
    assertThatThrownBy(() -> verifier.authenticate(request))
        .isExactlyInstanceOf(InvalidSignatureException.class)
        .hasMessage(
            "The request signature we calculated does not match the signature you provided."
                + " Check your AWS Secret Access Key and signing method. Consult the service"
                + " documentation for details.");
  }
}
