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

  /**
   * Every four-character text over an alphabet of letters, padding and strays (and every one with
   * a valid block before it) gets the verdict of the plain rule: the two last characters may be
   * padding, one only if the other is too; everything else in the base64 alphabet.
   */
  @Test
  void decoderAndPlainRule_agreeOnEveryShortText() {
    char[] chars = {'A', 'Q', 'g', '/', '+', '=', '-', ' ', '\u00c1', '\u0141'};
    StringBuilder text = new StringBuilder();
    for (String prefix : new String[] {"", "AAAA"}) {
      for (int i = 0; i < 10_000; i++) {
        text.setLength(0);
        text.append(prefix);
        for (int n = i, k = 0; k < 4; k++, n /= 10) {
          text.append(chars[n % 10]);
        }
        String value = text.toString();
        boolean valid = plainRule(value);
        if (valid) {
          assertThat(Base64Length.of(value)).as(value).isEqualTo(Base64.getDecoder().decode(value).length);
        } else {
          assertThatThrownBy(() -> Base64Length.of(value)).as(value).isInstanceOf(SerializationException.class);
        }
      }
    }
  }

  private static boolean plainRule(String text) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    int padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
    String body = text.substring(0, text.length() - padding);
    if (body.chars().anyMatch(c -> alphabet.indexOf(c) < 0)) {
      return false;
    }
    int last = padding == 0 ? 0 : alphabet.indexOf(body.charAt(body.length() - 1));
    return (last & (padding == 1 ? 0b11 : padding == 2 ? 0b1111 : 0)) == 0;
  }
}
