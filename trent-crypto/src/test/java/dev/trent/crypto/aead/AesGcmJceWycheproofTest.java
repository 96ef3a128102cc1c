package dev.trent.crypto.aead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.Wycheproof;
import dev.trent.crypto.Wycheproof.Vector;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link AesGcmJce} against Wycheproof's {@code aes_gcm_test.json}.
 *
 * <p>AesGcmJce supports 128- and 256-bit keys with a 96-bit IV and a 128-bit tag: every test of
 * those groups runs. Valid tests must seal to {@code ct || tag} and open back; invalid tests must
 * fail to open. The file has no {@code acceptable} tests; should one appear, either outcome passes
 * as long as a successful open returns the expected message.
 */
class AesGcmJceWycheproofTest {
  private static final List<Vector> ALL = Wycheproof.load("aes_gcm_test.json");

  static Stream<Vector> supported() {
    return ALL.stream().filter(AesGcmJceWycheproofTest::isSupported);
  }

  static Stream<Vector> validSupported() {
    return supported().filter(v -> v.result().equals("valid"));
  }

  static Stream<Vector> invalidSupported() {
    return supported().filter(v -> v.result().equals("invalid"));
  }

  static Stream<Vector> acceptableSupported() {
    return supported().filter(v -> v.result().equals("acceptable"));
  }

  /** Groups with a key size AesGcmJce takes but an IV length other than 96 bits. */
  static Stream<Vector> otherIvLengths() {
    return ALL.stream()
        .filter(v -> v.groupInt("keySize") != 192 && v.groupInt("ivSize") != 96);
  }

  private static boolean isSupported(Vector v) {
    return (v.groupInt("keySize") == 128 || v.groupInt("keySize") == 256)
        && v.groupInt("ivSize") == 96
        && v.groupInt("tagSize") == 128;
  }

  @Test
  void supportedGroups_holdEveryExpectedVector() {
    // 67 tests with 128-bit keys and 66 with 256-bit keys (the KMS parameters), per the README of
    // the shared vectors; a silently emptied filter would otherwise pass vacuously.
    assertThat(supported().filter(v -> v.groupInt("keySize") == 128)).hasSize(67);
    assertThat(supported().filter(v -> v.groupInt("keySize") == 256)).hasSize(66);
    assertThat(invalidSupported()).hasSize(54);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validSupported")
  void validVector_sealsToCiphertextAndTag(Vector v) {
    byte[] sealed = aead(v).seal(v.hex("iv"), v.hex("msg"), v.hex("aad"));

    assertThat(sealed).isEqualTo(concat(v.hex("ct"), v.hex("tag")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validSupported")
  void validVector_opensToMessage(Vector v) throws GeneralSecurityException {
    try (SecretBytes opened = aead(v).open(v.hex("iv"), concat(v.hex("ct"), v.hex("tag")), v.hex("aad"))) {
      assertThat(opened.toByteArray()).isEqualTo(v.hex("msg"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidSupported")
  void invalidVector_failsToOpen(Vector v) {
    AesGcmJce aead = aead(v);
    byte[] sealed = concat(v.hex("ct"), v.hex("tag"));

    assertThatThrownBy(() -> aead.open(v.hex("iv"), sealed, v.hex("aad")))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("acceptableSupported")
  void acceptableVector_eitherFailsOrOpensToMessage(Vector v) {
    try (SecretBytes opened = aead(v).open(v.hex("iv"), concat(v.hex("ct"), v.hex("tag")), v.hex("aad"))) {
      assertThat(opened.toByteArray()).isEqualTo(v.hex("msg"));
    } catch (GeneralSecurityException rejected) {
      // Rejecting an acceptable vector is allowed.
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherIvLengths")
  void ivOtherThan96Bits_isRefusedOnOpen(Vector v) {
    AesGcmJce aead = aead(v);
    byte[] sealed = concat(v.hex("ct"), v.hex("tag"));

    assertThatThrownBy(() -> aead.open(v.hex("iv"), sealed, v.hex("aad")))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void key192Bits_isRefused() {
    Vector v = ALL.stream().filter(x -> x.groupInt("keySize") == 192).findFirst().orElseThrow();

    assertThatThrownBy(() -> new AesGcmJce(SecretBytes.copyOf(v.hex("key"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sealedShorterThanTag_failsToOpen() {
    AesGcmJce aead = new AesGcmJce(SecretBytes.copyOf(new byte[32]));

    assertThatThrownBy(() -> aead.open(new byte[12], new byte[15], new byte[0]))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void toString_isRedacted() {
    assertThat(new AesGcmJce(SecretBytes.copyOf(new byte[16]))).hasToString("AesGcmJce[redacted]");
  }

  private static AesGcmJce aead(Vector v) {
    return new AesGcmJce(SecretBytes.copyOf(v.hex("key")));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
