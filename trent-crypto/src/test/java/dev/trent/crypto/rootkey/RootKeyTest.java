package dev.trent.crypto.rootkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.InsecureSequenceRandomness;
import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** {@link RootKey}: {@code version(1)=0x01 || iv(12) || AES-256-GCM(material) || tag(16)}. */
class RootKeyTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] ROOT = range(0x20, 32);
  private static final SecretBytes MATERIAL = SecretBytes.copyOf(range(0x80, 32));
  private static final byte[] IDENTITY =
      "arn:aws:kms:us-east-1:111122223333:key/k|m".getBytes(StandardCharsets.UTF_8);

  /**
   * Computed with Python 3's {@code cryptography} AESGCM from the documented format: root key =
   * bytes 0x20..0x3f, IV = 0x00..0x0b (first bytes of {@link InsecureSequenceRandomness}),
   * material = 0x80..0x9f, AAD = the identity string above.
   */
  private static final String KNOWN_WRAPPED_HEX =
      "01000102030405060708090a0bdcd3df24ceb06d6b3470434daafed0b383e17bf7fe843086bc944921271c55"
          + "07e6e7085dd81d8dc5a5db9bf1d440a6bf";

  private final RootKey rootKey = new RootKey(SecretBytes.copyOf(ROOT), Randomness.system());

  @Test
  void deterministicRandomness_producesIndependentlyComputedWrapping() {
    RootKey deterministic = new RootKey(SecretBytes.copyOf(ROOT), new InsecureSequenceRandomness());

    assertThat(HEX.formatHex(deterministic.wrap(MATERIAL, IDENTITY))).isEqualTo(KNOWN_WRAPPED_HEX);
  }

  @Test
  void knownWrapping_unwrapsToMaterial() throws GeneralSecurityException {
    assertThat(rootKey.unwrap(HEX.parseHex(KNOWN_WRAPPED_HEX), IDENTITY)).isEqualTo(MATERIAL);
  }

  @Test
  void wrap_thenUnwrap_returnsMaterial() throws GeneralSecurityException {
    byte[] wrapped = rootKey.wrap(MATERIAL, IDENTITY);

    assertThat(wrapped).hasSize(1 + 12 + 32 + 16);
    assertThat(wrapped[0]).isEqualTo((byte) 0x01);
    assertThat(rootKey.unwrap(wrapped, IDENTITY)).isEqualTo(MATERIAL);
  }

  @Test
  void wrap_usesFreshIvEachTime() {
    assertThat(rootKey.wrap(MATERIAL, IDENTITY)).isNotEqualTo(rootKey.wrap(MATERIAL, IDENTITY));
  }

  @Test
  void otherAssociatedData_failsToUnwrap() {
    byte[] wrapped = rootKey.wrap(MATERIAL, IDENTITY);
    byte[] otherRow = "arn:aws:kms:us-east-1:111122223333:key/k|n".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> rootKey.unwrap(wrapped, otherRow))
        .isInstanceOf(GeneralSecurityException.class);
    assertThatThrownBy(() -> rootKey.unwrap(wrapped, new byte[0]))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void otherRootKey_failsToUnwrap() {
    byte[] wrapped = rootKey.wrap(MATERIAL, IDENTITY);
    RootKey other = new RootKey(SecretBytes.copyOf(range(0x21, 32)), Randomness.system());

    assertThatThrownBy(() -> other.unwrap(wrapped, IDENTITY))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void anyFlippedBit_failsToUnwrap() {
    byte[] wrapped = rootKey.wrap(MATERIAL, IDENTITY);
    for (int i = 0; i < wrapped.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] tampered = wrapped.clone();
        tampered[i] ^= (byte) (1 << bit);
        assertThatThrownBy(() -> rootKey.unwrap(tampered, IDENTITY))
            .as("byte %d bit %d", i, bit)
            .isInstanceOf(GeneralSecurityException.class);
      }
    }
  }

  @Test
  void anyTruncation_failsToUnwrap() {
    byte[] wrapped = rootKey.wrap(MATERIAL, IDENTITY);
    for (int length = 0; length < wrapped.length; length++) {
      byte[] truncated = Arrays.copyOf(wrapped, length);
      assertThatThrownBy(() -> rootKey.unwrap(truncated, IDENTITY))
          .as("length %d", length)
          .isInstanceOf(GeneralSecurityException.class);
    }
  }

  @Test
  void keyNot256Bits_isRefused() {
    assertThatThrownBy(() -> new RootKey(SecretBytes.copyOf(new byte[16]), Randomness.system()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RootKey(SecretBytes.copyOf(new byte[33]), Randomness.system()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_isRedacted() {
    assertThat(rootKey).hasToString("RootKey[redacted]");
  }

  private static byte[] range(int first, int length) {
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = (byte) (first + i);
    }
    return out;
  }
}
