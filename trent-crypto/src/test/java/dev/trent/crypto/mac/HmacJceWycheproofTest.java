package dev.trent.crypto.mac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.Wycheproof;
import dev.trent.crypto.Wycheproof.Vector;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link HmacJce} for all four MAC algorithms against Wycheproof's {@code hmac_sha*_test.json}.
 * Full-length groups (KMS MACs are never truncated): {@link Mac#verify} is true only for valid
 * vectors. Truncated-tag groups: the computed MAC's prefix matches only valid vectors, and {@link
 * Mac#verify} refuses every truncated tag, as VerifyMac must.
 */
class HmacJceWycheproofTest {
  static Stream<Arguments> vectors() {
    return Stream.of(MacAlgorithm.values()).flatMap(algorithm -> Wycheproof
        .load("hmac_sha" + algorithm.name().substring("HMAC_SHA_".length()) + "_test.json")
        .stream()
        .map(v -> Arguments.of(algorithm, v)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("vectors")
  void vector_matchesOnlyWhenValid(MacAlgorithm algorithm, Vector v) {
    Mac mac = new HmacJce(algorithm, SecretBytes.copyOf(v.hex("key")));
    byte[] tag = v.hex("tag");
    boolean valid = v.result().equals("valid");
    byte[] computed = mac.compute(v.hex("msg"));

    assertThat(computed).hasSize(algorithm.tagLength());
    if (v.groupInt("tagSize") == algorithm.tagLength() * 8) {
      assertThat(mac.verify(v.hex("msg"), tag)).isEqualTo(valid);
    } else {
      assertThat(Arrays.equals(Arrays.copyOf(computed, tag.length), tag)).isEqualTo(valid);
      assertThat(mac.verify(v.hex("msg"), tag)).isFalse();
    }
  }
}
