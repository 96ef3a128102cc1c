package dev.trent.auth;

import static dev.trent.auth.SdkSigner.SIGNED_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.Sha256;
import dev.trent.protocol.error.ExpiredTokenException;
import dev.trent.protocol.error.InvalidSignatureException;
import dev.trent.protocol.error.UnrecognizedClientException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/** Temporary credentials: the session token must match, the session must not have expired. */
class SessionTokenTest {
  private static final String KEY_ID = "ASIAEXAMPLESESSION01";
  private static final String SECRET = "session/secret+0123456789abcdefghijklmnop";
  private static final String TOKEN = "IQoJb3JpZ2luX2VjEXAMPLE-token";
  private static final Instant EXPIRES = SIGNED_AT.plusSeconds(900);
  private static final Credential SESSION = new Credential(KEY_ID,
      SecretBytes.copyOf(SECRET.getBytes(StandardCharsets.UTF_8)), "123456789012",
      "arn:aws:sts::123456789012:assumed-role/deployer/ci",
      new SessionToken(Sha256.digest(TOKEN.getBytes(StandardCharsets.UTF_8)), EXPIRES));

  private static SigV4Verifier verifierAt(Instant now) {
    return new SigV4Verifier(AuthMode.STRICT,
        id -> id.equals(KEY_ID) ? Optional.of(SESSION)
            : id.equals(SdkSigner.KEY_ID) ? Optional.of(SdkSigner.ALICE) : Optional.empty(),
        Clock.fixed(now, ZoneOffset.UTC), Set.of("kms"));
  }

  private static RequestView signedWithToken(String keyId, String secret, String token) {
    return SdkSigner.sign(keyId, secret, "kms", "us-east-1",
        r -> r.identity(AwsSessionCredentials.create(keyId, secret, token)));
  }

  @Test
  void rightToken_beforeExpiry_isTheSession() {
    Caller caller = verifierAt(SIGNED_AT.plusSeconds(1))
        .authenticate(signedWithToken(KEY_ID, SECRET, TOKEN));
    assertThat(caller.principalArn()).isEqualTo("arn:aws:sts::123456789012:assumed-role/deployer/ci");
    assertThat(caller.accessKeyId()).isEqualTo(KEY_ID);
  }

  @Test
  void wrongToken_isUnrecognizedClient() {
    assertThatThrownBy(() -> verifierAt(SIGNED_AT)
        .authenticate(signedWithToken(KEY_ID, SECRET, TOKEN + "x")))
        .isExactlyInstanceOf(UnrecognizedClientException.class)
        .hasMessage("The security token included in the request is invalid.");
  }

  @Test
  void missingToken_isUnrecognizedClient() {
    assertThatThrownBy(() -> verifierAt(SIGNED_AT)
        .authenticate(SdkSigner.encrypt(KEY_ID, SECRET, "kms", "us-east-1")))
        .isExactlyInstanceOf(UnrecognizedClientException.class)
        .hasMessage("The security token included in the request is invalid.");
  }

  @Test
  void tokenOnALongTermKey_isUnrecognizedClient() {
    assertThatThrownBy(() -> verifierAt(SIGNED_AT)
        .authenticate(signedWithToken(SdkSigner.KEY_ID, SdkSigner.SECRET, TOKEN)))
        .isExactlyInstanceOf(UnrecognizedClientException.class)
        .hasMessage("The security token included in the request is invalid.");
  }

  @Test
  void expiredSession_isExpiredToken() {
    // The request itself is fresh (signed now); only the session is over.
    Instant later = EXPIRES.plusSeconds(60);
    RequestView request = SdkSigner.sign(KEY_ID, SECRET, "kms", "us-east-1",
        r -> r.identity(AwsSessionCredentials.create(KEY_ID, SECRET, TOKEN))
            .putProperty(software.amazon.awssdk.http.auth.spi.signer.HttpSigner.SIGNING_CLOCK,
                Clock.fixed(later, ZoneOffset.UTC)));
    assertThatThrownBy(() -> verifierAt(later).authenticate(request))
        .isExactlyInstanceOf(ExpiredTokenException.class)
        .hasMessage("The security token included in the request is expired");
  }

  @Test
  void rightToken_wrongSecret_isInvalidSignature() {
    assertThatThrownBy(() -> verifierAt(SIGNED_AT)
        .authenticate(signedWithToken(KEY_ID, SECRET + "x", TOKEN)))
        .isExactlyInstanceOf(InvalidSignatureException.class);
  }
}
