package dev.trent.protocol.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.protocol.error.SerializationException;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base64LengthTest {
  @Test
  void canonicalBase64_countsDecodedBytes() {
    Random random = new Random(42);
    for (int n = 0; n < 64; n++) {
      byte[] bytes = new byte[n];
      random.nextBytes(bytes);
      assertThat(Base64Length.of(Base64.getEncoder().encodeToString(bytes))).isEqualTo(n);
    }
  }

  @ParameterizedTest
  @CsvSource(quoteCharacter = '"', value = {
      "abc, Base64 encoded length is expected a multiple of 4 bytes but found: 3",
      "AB=C, Invalid Base64 character",
      "=AAA, Invalid Base64 character: '='",
      "A-_A, Invalid Base64 character",
      "AB==, Invalid last non-pad Base64 character dectected",
      "AAB=, Invalid last non-pad Base64 character dectected",
  })
  void nonCanonicalBase64_isRefusedWithoutQuotingIt(String text, String reason) {
    assertThatThrownBy(() -> Base64Length.of(text))
        .isInstanceOf(SerializationException.class)
        .hasMessage("Value can not be converted to a Blob: " + reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AA AA", "AA\nAA", "AAA"})
  void whitespaceOrMissingPadding_isRefused(String text) {
    assertThatThrownBy(() -> Base64Length.of(text)).isInstanceOf(SerializationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AA\u0141A", "AAA\u00c1", "\u0100AAA", "AAAA\uffffAAA"})
  void charactersOutsideAscii_whoseLowBitsSpellALetter_areRefused(String text) {
    assertThatThrownBy(() -> Base64Length.of(text))
        .isInstanceOf(SerializationException.class)
        .hasMessage("Value can not be converted to a Blob: Invalid Base64 character");
  }
}
