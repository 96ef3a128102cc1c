package dev.trent.crypto.kdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.crypto.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Known answers for {@link CounterModeKdf}.
 *
 * <p>The expected values were computed outside Java, with Python 3's {@code hmac} and {@code
 * hashlib}, straight from the NIST SP 800-108r1 counter-mode definition (r = 32):
 *
 * <pre>
 * def kdf(key, label, context, n):
 *     out, i = b"", 1
 *     while len(out) &lt; n:
 *         out += hmac.new(key, i.to_bytes(4, "big") + label + b"\x00" + context
 *                         + (n * 8).to_bytes(4, "big"), hashlib.sha256).digest()
 *         i += 1
 *     return out[:n]
 * </pre>
 *
 * with key = bytes 0x00..0x1f, label = "trent symmetric v1" and context = bytes 0xa0..0xaf.
 */
class CounterModeKdfTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] KEY = HEX.parseHex(
      "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
  private static final byte[] CONTEXT = HEX.parseHex("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf");
  private static final String LABEL = "trent symmetric v1";

  private final CounterModeKdf kdf = new CounterModeKdf(SecretBytes.copyOf(KEY), LABEL);

  @ParameterizedTest(name = "{0} bytes")
  @CsvSource({
    "16, 0950a12bd0a6d506b19a989cac461370",
    "32, 5950e70f4f8d6da6db0904420005713dfac58f9fe3c76ecdadb4d6896e16755b",
    "33, e80ca771649220b5a1e532aaa0d7ddca636bcb16eb5b313074fd0e5539310bcda2",
    "64, 64239ed64b08189e595ca7187a069d87ed08f66ea74faa2570572ee5bdbb8caa"
        + "472a74668ba3481f425c6130587c2cbb71bc92bea046bf91b93a5b25e9e665da",
  })
  void knownAnswer_matchesSp800108CounterMode(int length, String expectedHex) {
    try (SecretBytes derived = kdf.derive(CONTEXT, length)) {
      assertThat(HEX.formatHex(derived.toByteArray())).isEqualTo(expectedHex);
    }
  }

  @Test
  void otherLabelAndEmptyContext_matchesKnownAnswer() {
    // Same Python function: kdf(bytes(range(32)), b"label", b"", 32).
    CounterModeKdf other = new CounterModeKdf(SecretBytes.copyOf(KEY), "label");

    try (SecretBytes derived = other.derive(new byte[0], 32)) {
      assertThat(HEX.formatHex(derived.toByteArray()))
          .isEqualTo("e01910b72823c4f2314dbad38f4bccb9e0e535915d80f45d41c6c41a3dfd983e");
    }
  }

  @Test
  void shorterOutput_isNotAPrefixOfLonger() {
    // L is part of every PRF input, so outputs of different lengths are unrelated.
    byte[] short16 = kdf.derive(CONTEXT, 16).toByteArray();
    byte[] long32 = kdf.derive(CONTEXT, 32).toByteArray();

    assertThat(Arrays.copyOf(long32, 16)).isNotEqualTo(short16);
  }

  @Test
  void sameInputs_deriveSameKey() {
    assertThat(kdf.derive(CONTEXT, 32)).isEqualTo(kdf.derive(CONTEXT, 32));
  }

  @Test
  void otherContext_derivesOtherKey() {
    byte[] otherContext = CONTEXT.clone();
    otherContext[15] ^= 1;

    assertThat(kdf.derive(otherContext, 32)).isNotEqualTo(kdf.derive(CONTEXT, 32));
  }

  @Test
  void callerWipingItsKey_doesNotChangeDerivation() {
    SecretBytes key = SecretBytes.copyOf(KEY);
    CounterModeKdf built = new CounterModeKdf(key, LABEL);
    key.wipe();

    assertThat(built.derive(CONTEXT, 32)).isEqualTo(kdf.derive(CONTEXT, 32));
  }

  @Test
  void toString_isRedacted() {
    assertThat(kdf.toString()).isEqualTo("CounterModeKdf[redacted]");
    assertThat(kdf.toString()).doesNotContain(HEX.formatHex(KEY)).doesNotContain(
        new String(KEY, StandardCharsets.ISO_8859_1));
  }
}
