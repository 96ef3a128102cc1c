package dev.trent.protocol.codec;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * Base64 as strictly as AWS reads a blob: the standard alphabet, padded to a multiple of four, no
 * bits set in the last character that the padding leaves unused. Only the verdict and the bytes;
 * the reason a text is refused is the validator's to give.
 */
public final class CanonicalBase64 {
  private CanonicalBase64() {}

  /**
   * The bytes {@code text[offset, offset + length)} encode, or null if that is not canonical
   * padded base64.
   */
  public static byte[] decode(byte[] text, int offset, int length) {
    if (length % 4 != 0) {
      return null;
    }
    ByteBuffer decoded;
    try {
      // The JDK's decoder checks the alphabet and the padding's place; it allows the padding to
      // be left out, which the length check above does not.
      decoded = Base64.getDecoder().decode(ByteBuffer.wrap(text, offset, length));
    } catch (IllegalArgumentException e) {
      return null;
    }
    byte[] bytes = decoded.array();
    if (decoded.remaining() != bytes.length || unusedBitsSet(text, offset, length)) {
      Arrays.fill(bytes, (byte) 0);
      return null;
    }
    return bytes;
  }

  /** Whether the last character before the padding has bits the padding leaves unused. */
  private static boolean unusedBitsSet(byte[] text, int offset, int length) {
    int end = offset + length;
    int padding = length == 0 ? 0 : text[end - 1] != '=' ? 0 : text[end - 2] != '=' ? 1 : 2;
    return padding > 0 && unusedBitsSet(sextet(text[end - padding - 1]), padding);
  }

  /**
   * Whether {@code lastSextet}, the last one before {@code padding} (1 or 2) padding characters,
   * has bits set that the padding leaves unused: such text does not decode canonically.
   */
  public static boolean unusedBitsSet(int lastSextet, int padding) {
    int unusedMask = padding == 1 ? 0b11 : 0b1111;
    return (lastSextet & unusedMask) != 0;
  }

  /** The sextet {@code c} stands for, or -1 outside the standard alphabet. */
  public static int sextet(int c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    return c == '+' ? 62 : c == '/' ? 63 : -1;
  }
}
