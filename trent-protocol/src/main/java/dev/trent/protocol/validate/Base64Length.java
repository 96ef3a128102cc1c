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

  private Base64Length() {}

  /**
   * @throws SerializationException if {@code text} is not canonical padded base64
   */
  static long of(String text) {
    int length = text.length();
    if (length % 4 != 0) {
      throw error("Base64 encoded length is expected a multiple of 4 bytes but found: " + length);
    }
    int padding = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '=') {
        padding++;
        if (i < length - 2) {
          throw error("Invalid Base64 character: '='");
        }
      } else if (padding > 0 || sextet(c) < 0) {
        throw error("Invalid Base64 character");
      }
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

  private static int sextet(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    if (c == '+') {
      return 62;
    }
    return c == '/' ? 63 : -1;
  }

  private static SerializationException error(String reason) {
    return new SerializationException(PREFIX + reason);
  }
}
