package dev.trent.crypto.rootkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.SecretBytes;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Argon2id against RFC 9106's test vector, and the parameter string stored with the data. */
class Argon2idTest {
  private static final HexFormat HEX = HexFormat.of();

  /** RFC 9106 section 5.3: Argon2id, m=32 KiB, t=3, p=4, P=32x01, S=16x02, K=8x03, X=12x04. */
  @Test
  void rfc9106Argon2idVector_matches() {
    Argon2idParameters p = new Argon2idParameters(32, 3, 4, filled(16, 0x02));

    SecretBytes tag = Argon2id.derive(SecretBytes.copyOf(filled(32, 0x01)), p, filled(8, 0x03),
        filled(12, 0x04), 32);

    assertThat(HEX.formatHex(tag.toByteArray()))
        .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
  }

  /** Computed with Python's {@code cryptography} Argon2id (no secret, no associated data). */
  @Test
  void withoutSecretOrAd_matchesAnIndependentImplementation() {
    Argon2idParameters p = new Argon2idParameters(64, 2, 1, filled(16, 0x02));

    SecretBytes key = Argon2id.derive(SecretBytes.copyOf("correct horse".getBytes(java.nio.charset.StandardCharsets.UTF_8)), p, 32);

    assertThat(HEX.formatHex(key.toByteArray()))
        .isEqualTo("bf94c660cdac9d130c7df0cfdbf20fbef54ceadb6aee7d36596a76fd6f7ef2b3");
  }

  @Test
  void parameters_roundTripThroughTheirEncoding() {
    Argon2idParameters p = Argon2idParameters.defaults(filled(16, 0x07));

    assertThat(p.encode()).isEqualTo("argon2id$v=19$m=65536,t=3,p=1$BwcHBwcHBwcHBwcHBwcHBw");
    assertThat(Argon2idParameters.parse(p.encode())).isEqualTo(p);
  }

  @Test
  void malformedParameters_areRefused() {
    assertThatThrownBy(() -> Argon2idParameters.parse("argon2i$v=19$m=65536,t=3,p=1$BwcHBwcHBwcHBwcHBwcHBw"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Argon2idParameters.parse("argon2id$v=19$m=4,t=3,p=1$BwcHBwcHBwcHBwcHBwcHBw"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Argon2idParameters(65536, 0, 1, new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] filled(int length, int value) {
    byte[] out = new byte[length];
    Arrays.fill(out, (byte) value);
    return out;
  }
}
