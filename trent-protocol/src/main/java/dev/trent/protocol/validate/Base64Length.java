package dev.trent.protocol.validate;

import dev.trent.protocol.codec.CanonicalBase64;
import dev.trent.protocol.error.SerializationException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The decoded length of a base64 blob, checked as strictly as AWS decodes: the standard alphabet,
 * padded to a multiple of four, no bits left over in the last character. Messages never quote the
 * value.
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
    // Characters past Latin-1 become '?', outside the alphabet as they were.
    byte[] encoded = text.getBytes(StandardCharsets.ISO_8859_1);
    try {
      byte[] decoded = CanonicalBase64.decode(encoded, 0, encoded.length);
      if (decoded != null) {
        Arrays.fill(decoded, (byte) 0);
        return decoded.length;
      }
    } finally {
      Arrays.fill(encoded, (byte) 0); // what may be a secret, wiped at once
    }
    throw error(reason(text));
  }

  /** Which rule a refused text breaks, in the order AWS checks them, in AWS's words. */
  private static String reason(String text) {
    int length = text.length();
    if (length % 4 != 0) {
      return "Base64 encoded length is expected a multiple of 4 bytes but found: " + length;
    }
    int body = length;
    while (body > 0 && text.charAt(body - 1) == '=' && length - body < 2) {
      body--;
    }
    int padding = length - body;
    for (int i = 0; i < body; i++) {
      char c = text.charAt(i);
      if (c == '=') {
        return i < length - 2 ? "Invalid Base64 character: '='" : "Invalid Base64 character";
      }
      if (CanonicalBase64.sextet(c) < 0) {
        return "Invalid Base64 character";
      }
    }
    if (padding > 0
        && CanonicalBase64.unusedBitsSet(CanonicalBase64.sextet(text.charAt(length - padding - 1)), padding)) {
      // Sic: AWS's wording, typo included.
      return "Invalid last non-pad Base64 character dectected";
    }
    throw new IllegalStateException("refused a text every rule accepts");
  }

  private static SerializationException error(String reason) {
    return new SerializationException(PREFIX + reason);
  }
}
