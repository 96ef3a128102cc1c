package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsErrorWithoutMessage;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.SignResponse;
import software.amazon.awssdk.services.kms.model.VerifyResponse;

/**
 * Sign and Verify for every key spec, signing algorithm and message type AWS offers: Trent's
 * signature verifies in Trent, with an independent implementation (the JDK, or Bouncy Castle where
 * the JDK lacks the algorithm) over the original message, and with the OpenSSL command line where
 * it has the algorithm. Another message's signature check fails as AWS fails it.
 */
class SignVerifyIT {
  private static TrentFixture trent;
  private static SigningKeys keys;

  @BeforeAll
  static void start() {
    trent = TrentFixture.dev();
    keys = new SigningKeys(trent);
  }

  @AfterAll
  static void stop() {
    keys.close();
    trent.close();
  }

  static Stream<Arguments> everySpecAlgorithmAndMessageType() {
    return SigningKeys.ALGORITHMS.keySet().stream().sorted().flatMap(spec -> SigningKeys.ALGORITHMS.get(spec)
        .stream().flatMap(alg -> SigningKeys.messageTypes(alg).stream().map(t -> Arguments.of(spec, alg, t))));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("everySpecAlgorithmAndMessageType")
  void sign_verifiesInTrentAndIndependently(String spec, String algorithm, String type) throws Exception {
    KeyMetadata key = keys.key(spec);
    KmsClient kms = keys.client(spec);
    byte[] spki = kms.getPublicKey(r -> r.keyId(key.keyId())).publicKey().asByteArray();
    byte[] message = ("pay 100 to " + spec + " by " + algorithm).getBytes(StandardCharsets.UTF_8);
    SdkBytes input = SdkBytes.fromByteArray(IndependentVerifier.input(algorithm, type, message, spki));

    SignResponse signed = kms.sign(r -> r.keyId(key.keyId()).message(input).messageType(type)
        .signingAlgorithm(algorithm));
    assertThat(signed.keyId()).isEqualTo(key.arn());
    assertThat(signed.signingAlgorithmAsString()).isEqualTo(algorithm);
    byte[] signature = signed.signature().asByteArray();

    VerifyResponse verified = kms.verify(r -> r.keyId(key.keyId()).message(input).messageType(type)
        .signature(signed.signature()).signingAlgorithm(algorithm));
    assertThat(verified.signatureValid()).isTrue();
    assertThat(verified.keyId()).isEqualTo(key.arn());
    assertThat(verified.signingAlgorithmAsString()).isEqualTo(algorithm);

    assertThat(IndependentVerifier.verify(spec, algorithm, spki, message, signature))
        .as("independent verification").isTrue();
    byte[] forged = "pay 999 to mallory".getBytes(StandardCharsets.UTF_8);
    assertThat(IndependentVerifier.verify(spec, algorithm, spki, forged, signature)).isFalse();
    if (OpenSsl.canVerify(algorithm)) {
      OpenSsl.Result openssl = OpenSsl.verify(algorithm, spki, message, signature);
      assertThat(openssl.verified()).as(openssl.output()).isTrue();
      OpenSsl.Result refused = OpenSsl.verify(algorithm, spki, forged, signature);
      assertThat(refused.verified()).as(refused.output()).isFalse();
    }

    SdkBytes other = SdkBytes.fromByteArray(IndependentVerifier.input(algorithm, type, forged, spki));
    assertKmsErrorWithoutMessage(() -> kms.verify(r -> r.keyId(key.keyId()).message(other)
        .messageType(type).signature(signed.signature()).signingAlgorithm(algorithm)),
        "KMSInvalidSignatureException");
  }
}
