package dev.trent.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SecretBytesTest {
  private static final byte[] CONTENT = "hunter2-secret".getBytes(StandardCharsets.US_ASCII);

  @Test
  void toString_revealsOnlyTheLength() {
    SecretBytes secret = SecretBytes.copyOf(CONTENT);

    assertThat(secret.toString())
        .isEqualTo("SecretBytes[14 bytes, redacted]")
        .doesNotContain("hunter2")
        .doesNotContain(HexFormat.of().formatHex(CONTENT))
        .doesNotContain(HexFormat.of().withUpperCase().formatHex(CONTENT))
        .doesNotContain(Base64.getEncoder().encodeToString(CONTENT))
        .doesNotContain(Arrays.toString(CONTENT).replace("[", "").replace("]", ""));
  }

  @Test
  void wipe_zeroesTheContent() {
    SecretBytes secret = SecretBytes.copyOf(CONTENT);

    secret.wipe();

    assertThat(secret.toByteArray()).hasSize(CONTENT.length).containsOnly(0);
  }

  @Test
  void close_wipes() {
    byte[] owned = CONTENT.clone();
    try (SecretBytes secret = SecretBytes.adopt(owned)) {
      assertThat(secret.length()).isEqualTo(CONTENT.length);
    }

    assertThat(owned).containsOnly(0);
  }

  @Test
  void copyOf_isNotAffectedByLaterChangesToTheSource() {
    byte[] source = CONTENT.clone();
    SecretBytes secret = SecretBytes.copyOf(source);

    Arrays.fill(source, (byte) 0);

    assertThat(secret.toByteArray()).isEqualTo(CONTENT);
  }

  @Test
  void toByteArray_returnsACopy() {
    SecretBytes secret = SecretBytes.copyOf(CONTENT);

    Arrays.fill(secret.toByteArray(), (byte) 0);

    assertThat(secret.toByteArray()).isEqualTo(CONTENT);
  }

  @Test
  void sameContent_isEqualWithSameHashCode() {
    assertThat(SecretBytes.copyOf(CONTENT))
        .isEqualTo(SecretBytes.copyOf(CONTENT.clone()))
        .hasSameHashCodeAs(SecretBytes.copyOf(CONTENT));
  }

  @Test
  void contentDifferingInAnyOneByte_isNotEqual() {
    SecretBytes secret = SecretBytes.copyOf(CONTENT);
    for (int i = 0; i < CONTENT.length; i++) {
      byte[] other = CONTENT.clone();
      other[i] ^= 0x01;
      assertThat(secret).as("byte %d", i).isNotEqualTo(SecretBytes.copyOf(other));
    }
  }

  @Test
  void otherLengthOrType_isNotEqual() {
    SecretBytes secret = SecretBytes.copyOf(CONTENT);

    assertThat(secret).isNotEqualTo(SecretBytes.copyOf(Arrays.copyOf(CONTENT, 13)));
    assertThat(secret).isNotEqualTo(SecretBytes.copyOf(Arrays.copyOf(CONTENT, 15)));
    assertThat(secret).isNotEqualTo(CONTENT);
    assertThat(secret).isNotEqualTo(null);
  }

  @Test
  void hashCode_dependsOnlyOnLength() {
    // A content-derived hash would leak through timing and hash-table behaviour.
    assertThat(SecretBytes.copyOf(new byte[] {1, 2, 3}).hashCode())
        .isEqualTo(SecretBytes.copyOf(new byte[] {9, 8, 7}).hashCode());
  }
}
