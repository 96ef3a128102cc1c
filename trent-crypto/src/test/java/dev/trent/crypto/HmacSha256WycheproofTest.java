package dev.trent.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.crypto.Wycheproof.Vector;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link HmacSha256} against Wycheproof's {@code hmac_sha256_test.json}. Full-length groups
 * ({@code tagSize} 256, what KMS uses) compare the whole MAC; the truncated-tag groups compare the
 * MAC's leading {@code tagSize} bits. Comparison goes through {@link
 * HmacSha256#constantTimeEquals}, as every MAC check must.
 */
class HmacSha256WycheproofTest {
  private static final List<Vector> ALL = Wycheproof.load("hmac_sha256_test.json");

  static Stream<Vector> fullLength() {
    return ALL.stream().filter(v -> v.groupInt("tagSize") == 256);
  }

  static Stream<Vector> truncated() {
    return ALL.stream().filter(v -> v.groupInt("tagSize") != 256);
  }

  @Test
  void file_holdsEveryExpectedVector() {
    assertThat(fullLength()).hasSize(87);
    assertThat(truncated()).hasSize(87);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fullLength")
  void fullLengthVector_matchesOnlyWhenValid(Vector v) {
    byte[] mac = HmacSha256.compute(v.hex("key"), v.hex("msg"));

    assertThat(mac).hasSize(32);
    assertThat(HmacSha256.constantTimeEquals(mac, v.hex("tag")))
        .isEqualTo(v.result().equals("valid"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fullLength")
  void keyedMac_matchesOnlyWhenValid_everyTimeItIsUsed(Vector v) {
    HmacSha256.Keyed keyed = HmacSha256.keyed(v.hex("key"));

    for (int i = 0; i < 2; i++) {
      assertThat(HmacSha256.constantTimeEquals(keyed.compute(v.hex("msg")), v.hex("tag")))
          .isEqualTo(v.result().equals("valid"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("truncated")
  void truncatedVector_prefixMatchesOnlyWhenValid(Vector v) {
    byte[] mac = HmacSha256.compute(v.hex("key"), v.hex("msg"));
    byte[] prefix = Arrays.copyOf(mac, v.groupInt("tagSize") / 8);

    assertThat(HmacSha256.constantTimeEquals(prefix, v.hex("tag")))
        .isEqualTo(v.result().equals("valid"));
  }

  @Test
  void constantTimeEquals_sameBytes_isTrue() {
    assertThat(HmacSha256.constantTimeEquals(new byte[] {1, 2, 3}, new byte[] {1, 2, 3})).isTrue();
    assertThat(HmacSha256.constantTimeEquals(new byte[0], new byte[0])).isTrue();
  }

  @Test
  void constantTimeEquals_anySingleByteDiffers_isFalse() {
    byte[] a = HmacSha256.compute(new byte[32], new byte[0]);
    for (int i = 0; i < a.length; i++) {
      byte[] b = a.clone();
      b[i] ^= 0x01;
      assertThat(HmacSha256.constantTimeEquals(a, b)).as("byte %d", i).isFalse();
    }
  }

  @Test
  void constantTimeEquals_differentLengths_isFalse() {
    byte[] a = HmacSha256.compute(new byte[32], new byte[0]);

    assertThat(HmacSha256.constantTimeEquals(a, Arrays.copyOf(a, 31))).isFalse();
    assertThat(HmacSha256.constantTimeEquals(a, Arrays.copyOf(a, 33))).isFalse();
    assertThat(HmacSha256.constantTimeEquals(a, new byte[0])).isFalse();
  }
}
