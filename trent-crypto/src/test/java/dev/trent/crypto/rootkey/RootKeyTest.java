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

/**
 * {@link RootKey}: {@code 0x02 || id(8) || iv(12) || AES-256-GCM(material) || tag(16)}, and version
 * 1 ({@code 0x01 || iv || ...}) still unwrapping.
 */
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
  private static final String KNOWN_V1_WRAPPED_HEX =
      "01000102030405060708090a0bdcd3df24ceb06d6b3470434daafed0b383e17bf7fe843086bc944921271c55"
          + "07e6e7085dd81d8dc5a5db9bf1d440a6bf";

  /**
   * The same inputs in version 2, computed with Python's {@code hmac} and {@code cryptography}: check
   * = HMAC-SHA-256(root, "trent root key check v1"), id = its first 8 bytes, AAD = 0x02 || id ||
   * identity.
   */
  private static final String KNOWN_CHECK_HEX =
      "eace027136185a9b952840c3711bfc1198bda8668c96faca5c22efc259abffa1";
  private static final String KNOWN_WRAPPED_HEX =
      "02eace027136185a9b000102030405060708090a0bdcd3df24ceb06d6b3470434daafed0b383e17bf7fe843086bc"
          + "944921271c5507550b6cfc528070c4ad3f6d88ff22666c";

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
  void knownVersion1Wrapping_stillUnwraps() throws GeneralSecurityException {
    assertThat(rootKey.unwrap(HEX.parseHex(KNOWN_V1_WRAPPED_HEX), IDENTITY)).isEqualTo(MATERIAL);
    assertThat(RootKey.wrappedBy(HEX.parseHex(KNOWN_V1_WRAPPED_HEX))).isEmpty();
  }

  @Test
  void checkAndId_areIndependentlyComputedValues() {
    assertThat(HEX.formatHex(rootKey.check())).isEqualTo(KNOWN_CHECK_HEX);
    assertThat(rootKey.id()).isEqualTo(KNOWN_CHECK_HEX.substring(0, 16));
    assertThat(RootKey.wrappedBy(rootKey.wrap(MATERIAL, IDENTITY))).contains(rootKey.id());
    assertThat(rootKey.matches(HEX.parseHex(KNOWN_CHECK_HEX))).isTrue();
    assertThat(new RootKey(SecretBytes.copyOf(range(0x21, 32)), Randomness.system())
        .matches(HEX.parseHex(KNOWN_CHECK_HEX))).isFalse();
  }

  @Test
  void derive_isIndependentPerLabel_andNeverTheCheck() {
    assertThat(rootKey.derive("a")).isNotEqualTo(rootKey.derive("b")).isEqualTo(rootKey.derive("a"));
    assertThat(rootKey.derive("a").toByteArray()).isNotEqualTo(rootKey.check());
    assertThatThrownBy(() -> rootKey.derive("trent root key check v1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wrap_thenUnwrap_returnsMaterial() throws GeneralSecurityException {
    byte[] wrapped = rootKey.wrap(MATERIAL, IDENTITY);

    assertThat(wrapped).hasSize(1 + 8 + 12 + 32 + 16);
    assertThat(wrapped[0]).isEqualTo((byte) 0x02);
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
  void wrapUnder_thenUnwrapFrom_givesTheSameKey_onlyUnderTheRightKek() throws GeneralSecurityException {
    RootKey kek = new RootKey(SecretBytes.copyOf(range(0x40, 32)), Randomness.system());
    byte[] transported = rootKey.wrapUnder(kek);

    RootKey back = RootKey.unwrapFrom(kek, transported, Randomness.system());

    assertThat(back.check()).isEqualTo(rootKey.check());
    assertThat(back.unwrap(rootKey.wrap(MATERIAL, IDENTITY), IDENTITY)).isEqualTo(MATERIAL);
    assertThatThrownBy(() -> RootKey.unwrapFrom(rootKey, transported, Randomness.system()))
        .isInstanceOf(GeneralSecurityException.class);
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
