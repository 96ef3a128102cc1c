package dev.trent.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** SigV4's URI encoding: RFC 3986 unreserved characters stay, every other byte becomes %XX. */
final class UriEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UriEncoding() {}

  /**
   * The canonical URI of a non-S3 request: the path as sent, with dot segments removed, encoded
   * once more. Clients sign the already-encoded path encoded again (so {@code %20} is signed as
   * {@code %2520}); encoding the path as received reproduces exactly that.
   */
  static String canonicalPath(String rawPath) {
    return encode(removeDotSegments(rawPath).getBytes(StandardCharsets.UTF_8), true);
  }

  /** Encodes every byte except unreserved characters (and {@code /} when {@code keepSlash}). */
  static String encode(byte[] bytes, boolean keepSlash) {
    StringBuilder out = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      char c = (char) (b & 0xff);
      if (isUnreserved(c) || (keepSlash && c == '/')) {
        out.append(c);
      } else {
        out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
      }
    }
    return out.toString();
  }

  /**
   * Percent-decodes a query component into bytes. A {@code %} not followed by two hex digits is
   * kept as a literal {@code %}, and {@code +} stays {@code +}, as AWS's signers treat them.
   */
  static byte[] decode(String component) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(component.length());
    int i = 0;
    while (i < component.length()) {
      char c = component.charAt(i);
      if (c == '%' && isHex(component, i + 1) && isHex(component, i + 2)) {
        out.write(Integer.parseInt(component.substring(i + 1, i + 3), 16));
        i += 3;
      } else {
        int end = i + Character.charCount(component.codePointAt(i));
        out.writeBytes(component.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end;
      }
    }
    return out.toByteArray();
  }

  /** RFC 3986 section 5.2.4, keeping empty segments: {@code //a//} stays as it is. */
  static String removeDotSegments(String path) {
    String absolute = path.startsWith("/") ? path : "/" + path;
    String[] segments = absolute.split("/", -1);
    Deque<String> kept = new ArrayDeque<>();
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      if (segment.equals(".") || segment.equals("..")) {
        if (segment.equals("..") && !kept.isEmpty()) {
          kept.removeLast();
        }
        if (last) {
          kept.addLast("");
        }
      } else {
        kept.addLast(segment);
      }
    }
    return "/" + String.join("/", kept);
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static boolean isHex(String s, int index) {
    return index < s.length() && Character.digit(s.charAt(index), 16) >= 0;
  }
}
