package dev.trent.crypto.wrap;

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
 * {@link AesKeyWrapPadJce} against Wycheproof's {@code aes_kwp_test.json}: valid vectors unwrap to
 * their message and wrap back to their ciphertext (KWP is deterministic); invalid ones fail.
 */
class AesKeyWrapPadJceWycheproofTest {
  private static final List<Vector> ALL = Wycheproof.load("aes_kwp_test.json");

  static Stream<Vector> valid() {
    return ALL.stream().filter(v -> v.result().equals("valid"));
  }

  static Stream<Vector> invalid() {
    return ALL.stream().filter(v -> v.result().equals("invalid"));
  }

  @Test
  void file_holdsValidAndInvalidVectors() {
    assertThat(valid()).hasSize(77);
    assertThat(invalid()).hasSize(177);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void validVector_unwrapsToMessage_andWrapsToCiphertext(Vector v) throws GeneralSecurityException {
    try (SecretBytes kek = SecretBytes.copyOf(v.hex("key"));
        SecretBytes msg = SecretBytes.copyOf(v.hex("msg"));
        SecretBytes unwrapped = AesKeyWrapPadJce.unwrap(kek, v.hex("ct"))) {
      assertThat(unwrapped.toByteArray()).isEqualTo(v.hex("msg"));
      assertThat(AesKeyWrapPadJce.wrap(kek, msg)).isEqualTo(v.hex("ct"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void invalidVector_failsToUnwrap(Vector v) {
    try (SecretBytes kek = SecretBytes.copyOf(v.hex("key"))) {
      assertThatThrownBy(() -> AesKeyWrapPadJce.unwrap(kek, v.hex("ct")))
          .isInstanceOf(GeneralSecurityException.class);
    }
  }
}
