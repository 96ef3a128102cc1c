package dev.trent.crypto.blob;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link EncryptionContextEncoding}. Expected bytes were computed with Python 3 from the format in
 * {@code docs/ciphertext-blob.md}: {@code count(u32) || (len(u32) || key || len(u32) || value)*}
 * over UTF-8, pairs sorted by the key's bytes ({@code struct.pack(">I", n)} for the integers).
 */
class EncryptionContextEncodingTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void nullAndEmpty_encodeAsZeroCount() {
    assertThat(EncryptionContextEncoding.canonical(null)).containsExactly(0, 0, 0, 0);
    assertThat(EncryptionContextEncoding.canonical(Map.of())).containsExactly(0, 0, 0, 0);
  }

  @Test
  void knownContext_matchesIndependentEncoding() {
    Map<String, String> context = Map.of("purpose", "test", "dept", "\u00fc");

    assertThat(HEX.formatHex(EncryptionContextEncoding.canonical(context)))
        .isEqualTo("00000002000000046465707400000002c3bc00000007707572706f73650000000474657374");
  }

  @Test
  void insertionOrder_doesNotMatter() {
    Map<String, String> forward = new LinkedHashMap<>();
    forward.put("b", "1");
    forward.put("a", "2");
    forward.put("B", "3");
    Map<String, String> backward = new LinkedHashMap<>();
    backward.put("B", "3");
    backward.put("a", "2");
    backward.put("b", "1");

    assertThat(EncryptionContextEncoding.canonical(forward))
        .isEqualTo(EncryptionContextEncoding.canonical(backward))
        .isEqualTo(HEX.parseHex(
            "00000003000000014200000001330000000161000000013200000001620000000131"));
  }

  @Test
  void keysSort_byUtf8BytesNotUtf16() {
    // U+1F600 is a surrogate pair (0xD83D...) and sorts before U+FF61 in UTF-16, but after it in
    // UTF-8 (F0 9F 98 80 > EF BD A1). The encoding must use UTF-8 order.
    Map<String, String> context = Map.of("\uD83D\uDE00", "x", "\uFF61", "y");

    assertThat(HEX.formatHex(EncryptionContextEncoding.canonical(context)))
        .isEqualTo("0000000200000003efbda1000000017900000004f09f98800000000178");
  }

  @Test
  void distinctContexts_neverEncodeAlike() {
    List<Map<String, String>> contexts = List.of(
        Map.of(),
        Map.of("", ""),
        Map.of("a", ""),
        Map.of("", "a"),
        Map.of("a", "bc"),
        Map.of("ab", "c"),
        Map.of("abc", ""),
        Map.of("a", "b"),
        Map.of("b", "a"),
        Map.of("a", "b", "c", "d"),
        Map.of("a", "b\u0000\u0000\u0000\u0001c"),
        Map.of("a", "bc", "d", ""),
        Map.of("a", "B"),
        Map.of("A", "b"));

    for (int i = 0; i < contexts.size(); i++) {
      for (int j = i + 1; j < contexts.size(); j++) {
        assertThat(EncryptionContextEncoding.canonical(contexts.get(i)))
            .as("%s vs %s", contexts.get(i), contexts.get(j))
            .isNotEqualTo(EncryptionContextEncoding.canonical(contexts.get(j)));
      }
    }
  }
}
