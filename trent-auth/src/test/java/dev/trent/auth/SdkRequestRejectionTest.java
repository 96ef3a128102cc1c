package dev.trent.auth;

import static dev.trent.auth.SdkSigner.KEY_ID;
import static dev.trent.auth.SdkSigner.SECRET;
import static dev.trent.auth.SdkSigner.SIGNED_AT;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.protocol.error.IncompleteSignatureException;
import dev.trent.protocol.error.InvalidSignatureException;
import dev.trent.protocol.error.MissingAuthenticationTokenException;
import org.junit.jupiter.api.Test;

/** SDK-signed requests broken in form, each with AWS's error type and text. */
class SdkRequestRejectionTest {
  private final SigV4Verifier verifier = SdkSigner.verifierAt(SIGNED_AT.plusSeconds(2));
  private final RequestView signed = SdkSigner.encrypt(KEY_ID, SECRET, "kms", "us-east-1");

  @Test
  void credentialScopedToAnotherService_isRejected() {
    RequestView request = SdkSigner.encrypt(KEY_ID, SECRET, "s3", "us-east-1");

    assertThatThrownBy(() -> verifier.authenticate(request))
        .isExactlyInstanceOf(InvalidSignatureException.class)
        .hasMessage("Credential should be scoped to correct service: 'kms'. ");
  }

  @Test
  void missingAuthorization_isMissingAuthenticationToken() {
    RequestView request = SdkSigner.withoutHeader(signed, "Authorization");

    assertThatThrownBy(() -> verifier.authenticate(request))
        .isExactlyInstanceOf(MissingAuthenticationTokenException.class)
        .hasMessage("Missing Authentication Token");
  }

  @Test
  void authorizationWithoutSignatureOrSignedHeaders_isIncomplete() {
    String header =
        "AWS4-HMAC-SHA256 Credential=" + KEY_ID + "/20261128/us-east-1/kms/aws4_request";
    RequestView request = SdkSigner.withHeader(signed, "Authorization", header);

    assertThatThrownBy(() -> verifier.authenticate(request))
        .isExactlyInstanceOf(IncompleteSignatureException.class)
        .hasMessage(
            "Authorization header requires 'Signature' parameter. Authorization header requires"
                + " 'SignedHeaders' parameter. Authorization="
                + header);
  }

  @Test
  void unsignedHost_isRejected() {
    String header = signed.firstHeader("Authorization").orElseThrow().replace("host;", "");
    RequestView request = SdkSigner.withHeader(signed, "Authorization", header);

    assertThatThrownBy(() -> verifier.authenticate(request))
        .isExactlyInstanceOf(InvalidSignatureException.class)
        .hasMessage("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }

  @Test
  void signedHeaderAbsentFromRequest_isIncomplete() {
    RequestView request = SdkSigner.withoutHeader(signed, "X-Amz-Target");

    assertThatThrownBy(() -> verifier.authenticate(request))
        .isExactlyInstanceOf(IncompleteSignatureException.class)
        .hasMessage(
            "'x-amz-target' is named as a SignedHeader, but it does not exist in the HTTP"
                + " request.");
  }
}
