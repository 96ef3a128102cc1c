package dev.trent.protocol.validate;

import dev.trent.protocol.error.SerializationException;

/**
 * The decoded length of a base64 blob, checked as strictly as AWS decodes: the standard alphabet,
 * padded to a multiple of four, no bits left over in the last character. Nothing is decoded, so
 * no copy of the (possibly secret) bytes is made; messages never quote the value.
 */
final class Base64Length {
  // AWS answers "'<value>' can not be converted to a Blob: <reason>"; the value is left out here
  // because a caller who forgot to base64-encode sends the raw secret.
  private static final String PREFIX = "Value can not be converted to a Blob: ";

  /** Outside the alphabet: a value with a bit above the 7 of ASCII, so one test finds it. */
  private static final short INVALID = 0x100;
  /** Sextet per ASCII character; {@link #INVALID} outside the alphabet. */
  private static final short[] SEXTETS = sextets();

  private Base64Length() {}

  /**
   * @throws SerializationException if {@code text} is not canonical padded base64
   */
  static long of(String text) {
    int length = text.length();
    if (length % 4 != 0) {
      throw error("Base64 encoded length is expected a multiple of 4 bytes but found: " + length);
    }
    // The body is scanned first with one table look-up per character and a single test (the
    // common case: a well-formed blob); only a blob that fails it is walked again for the reason.
    int body = length;
    while (body > 0 && text.charAt(body - 1) == '=' && length - body < 2) {
      body--;
    }
    int padding = length - body;
    int bad = 0;
    for (int i = 0; i < body; i++) {
      char c = text.charAt(i);
      bad |= c | SEXTETS[c & 0x7f];
    }
    if ((bad & ~0x7f) != 0) {
      throw error(firstInvalid(text, body));
    }
    if (padding > 0 && unusedBitsSet(sextet(text.charAt(length - padding - 1)), padding)) {
      // Sic: AWS's wording, typo included.
      throw error("Invalid last non-pad Base64 character dectected");
    }
    return (long) length / 4 * 3 - padding;
  }

  private static boolean unusedBitsSet(int lastSextet, int padding) {
    int unusedMask = padding == 1 ? 0b11 : 0b1111;
    return (lastSextet & unusedMask) != 0;
  }

  /**
   * AWS's reason for a body that failed the fast scan: an {@code =} inside the body is reported
   * as such, anything else outside the alphabet as an invalid character.
   */
  private static String firstInvalid(String text, int body) {
    for (int i = 0; i < body; i++) {
      char c = text.charAt(i);
      if (c == '=') {
        return i < text.length() - 2 ? "Invalid Base64 character: '='" : "Invalid Base64 character";
      }
      if (sextet(c) < 0) {
        return "Invalid Base64 character";
      }
    }
    throw new IllegalStateException("the fast scan found a character the slow one does not");
  }

  /** The sextet of {@code c}, or -1 outside the standard alphabet. */
  private static int sextet(char c) {
    return c < 128 && SEXTETS[c] != INVALID ? SEXTETS[c] : -1;
  }

  private static short[] sextets() {
    short[] table = new short[128];
    java.util.Arrays.fill(table, INVALID);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < alphabet.length(); i++) {
      table[alphabet.charAt(i)] = (short) i;
    }
    return table;
  }

  private static SerializationException error(String reason) {
    return new SerializationException(PREFIX + reason);
  }
}
