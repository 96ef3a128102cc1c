package dev.trent.crypto.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.keys.KeyPairMaterial;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.keys.TestKeyPairs;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every KMS key spec with every signing algorithm KMS offers for it, with every message type the
 * algorithm takes: Trent's signature verifies with Trent and with an {@link IndependentVerifier}
 * over the original message, a DIGEST / EXTERNAL_MU signature verifies as a RAW one (deterministic
 * algorithms give the identical bytes), and any change to message, signature or key fails.
 */
class SignatureRoundTripTest {
  private static final byte[] MESSAGE = "Trent signs what AWS KMS signs".getBytes(StandardCharsets.UTF_8);

  static Stream<Arguments> pairs() {
    return Stream.of(KeySpec.values()).flatMap(spec -> Stream.of(SigningAlgorithm.values())
        .filter(algorithm -> algorithm.supports(spec))
        .flatMap(algorithm -> Stream.of(MessageType.values())
            .filter(algorithm::supports)
            .map(type -> Arguments.of(spec, algorithm, type))));
  }

  static Stream<Arguments> unsupportedPairs() {
    return Stream.of(KeySpec.values()).filter(KeySpec::isAsymmetric).flatMap(spec -> Stream.of(SigningAlgorithm.values())
        .filter(algorithm -> !algorithm.supports(spec))
        .map(algorithm -> Arguments.of(spec, algorithm)));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("pairs")
  void signature_verifiesHereAndIndependently(KeySpec spec, SigningAlgorithm algorithm, MessageType type)
      throws GeneralSecurityException {
    KeyPairMaterial pair = TestKeyPairs.of(spec);
    Signer signer = Signatures.signer(algorithm, spec, pair.privateKey(), Randomness.system());
    Verifier verifier = Signatures.verifier(algorithm, spec, pair.publicKey());
    byte[] input = type == MessageType.RAW ? MESSAGE : MessageRepresentatives.digest(algorithm, pair.publicKey(), MESSAGE);

    byte[] signature = signer.sign(input, type);

    assertThat(verifier.verify(input, type, signature)).isTrue();
    if (algorithm == SigningAlgorithm.ED25519_PH_SHA_512) {
      assertThat(IndependentVerifier.verify(algorithm, spec, pair.publicKey(), input, signature)).isTrue();
    } else {
      assertThat(IndependentVerifier.verify(algorithm, spec, pair.publicKey(), MESSAGE, signature)).isTrue();
      assertThat(verifier.verify(MESSAGE, MessageType.RAW, signature)).isTrue();
    }
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("pairs")
  void anyChange_failsVerification(KeySpec spec, SigningAlgorithm algorithm, MessageType type)
      throws GeneralSecurityException {
    KeyPairMaterial pair = TestKeyPairs.of(spec);
    byte[] input = type == MessageType.RAW ? MESSAGE : MessageRepresentatives.digest(algorithm, pair.publicKey(), MESSAGE);
    byte[] signature = Signatures.signer(algorithm, spec, pair.privateKey(), Randomness.system()).sign(input, type);
    Verifier verifier = Signatures.verifier(algorithm, spec, pair.publicKey());
    byte[] otherInput = input.clone();
    otherInput[0] ^= 1;
    byte[] otherSignature = signature.clone();
    otherSignature[signature.length / 2] ^= 1;

    assertThat(verifier.verify(otherInput, type, signature)).isFalse();
    assertThat(verifier.verify(input, type, otherSignature)).isFalse();
    assertThat(verifier.verify(input, type, new byte[0])).isFalse();
    assertThat(verifier.verify(input, type, java.util.Arrays.copyOf(signature, signature.length + 1))).isFalse();
    assertThat(Signatures.verifier(algorithm, spec, TestKeyPairs.another(spec).publicKey()).verify(input, type, signature))
        .isFalse();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("pairs")
  void deterministicAlgorithms_signDigestAsTheyDoTheMessage(KeySpec spec, SigningAlgorithm algorithm, MessageType type)
      throws GeneralSecurityException {
    boolean deterministic = algorithm.name().startsWith("RSASSA_PKCS1") || algorithm.name().startsWith("ED25519");
    if (!deterministic || type == MessageType.RAW) {
      return;
    }
    KeyPairMaterial pair = TestKeyPairs.of(spec);
    Signer signer = Signatures.signer(algorithm, spec, pair.privateKey(), Randomness.system());
    byte[] digest = MessageRepresentatives.digest(algorithm, pair.publicKey(), MESSAGE);

    assertThat(signer.sign(digest, type)).isEqualTo(signer.sign(digest, type));
    if (algorithm != SigningAlgorithm.ED25519_PH_SHA_512) {
      assertThat(signer.sign(digest, type)).isEqualTo(signer.sign(MESSAGE, MessageType.RAW));
    }
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("pairs")
  void wrongLengthOrType_isRefusedBeforeSigning(KeySpec spec, SigningAlgorithm algorithm, MessageType type)
      throws GeneralSecurityException {
    KeyPairMaterial pair = TestKeyPairs.of(spec);
    Signer signer = Signatures.signer(algorithm, spec, pair.privateKey(), Randomness.system());
    Verifier verifier = Signatures.verifier(algorithm, spec, pair.publicKey());

    for (MessageType other : MessageType.values()) {
      assertThat(algorithm.acceptsMessage(other, algorithm.digestLength())).isEqualTo(algorithm.supports(other));
    }
    if (type != MessageType.RAW) {
      byte[] tooShort = new byte[algorithm.digestLength() - 1];
      assertThat(algorithm.acceptsMessage(type, tooShort.length)).isFalse();
      assertThatThrownBy(() -> signer.sign(tooShort, type)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> verifier.verify(tooShort, type, new byte[64])).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("unsupportedPairs")
  void algorithmNotOfferedForTheSpec_isRefused(KeySpec spec, SigningAlgorithm algorithm) {
    KeyPairMaterial pair = TestKeyPairs.of(spec);

    assertThatThrownBy(() -> Signatures.signer(algorithm, spec, pair.privateKey(), Randomness.system()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Signatures.verifier(algorithm, spec, pair.publicKey()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
