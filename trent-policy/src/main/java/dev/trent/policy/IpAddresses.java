package dev.trent.policy;

/**
 * Textual IPv4 and IPv6 addresses to bytes, by hand: {@code InetAddress.getByName} would resolve
 * host names over DNS, which a policy check must never do. IPv4-mapped IPv6 addresses ({@code
 * ::ffff:192.0.2.1}) become their IPv4 address, so IPv4 blocks match them.
 */
final class IpAddresses {
  private IpAddresses() {}

  /** 4 or 16 bytes, or null if {@code text} is not an address; IPv4-mapped addresses become 4 bytes. */
  static byte[] parse(String text) {
    byte[] address = parseRaw(text, 0, text.length());
    return address == null ? null : unmapped(address);
  }

  /** 4 or 16 bytes as written (an IPv4-mapped IPv6 address stays 16 bytes), or null. */
  static byte[] parseRaw(String text, int from, int to) {
    if (from >= to) {
      return null;
    }
    boolean v6 = false;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == ':') {
        v6 = true;
        break;
      }
    }
    return v6 ? parseV6(text, from, to) : parseV4(text, from, to, new byte[4], 0);
  }

  /**
   * A dotted-quad IPv4 address as an unsigned 32-bit value, or -1 if {@code text} is not one:
   * the allocation-free path for the common {@code aws:SourceIp} check.
   */
  static long parseV4(String text) {
    long address = 0;
    int octets = 0;
    int value = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '.';
      if (c >= '0' && c <= '9') {
        value = (value < 0 ? 0 : value * 10) + (c - '0');
        if (value > 255) {
          return -1;
        }
      } else if (c == '.' && value >= 0 && octets < 4) {
        address = (address << 8) | value;
        octets++;
        value = -1;
      } else {
        return -1;
      }
    }
    return octets == 4 ? address : -1;
  }

  private static byte[] parseV4(String text, int from, int to, byte[] into, int offset) {
    int octet = 0;
    int value = -1;
    for (int i = from; i <= to; i++) {
      char c = i < to ? text.charAt(i) : '.';
      if (c >= '0' && c <= '9') {
        value = (value < 0 ? 0 : value * 10) + (c - '0');
        if (value > 255) {
          return null;
        }
      } else if (c == '.' && value >= 0 && octet < 4) {
        into[offset + octet++] = (byte) value;
        value = -1;
      } else {
        return null;
      }
    }
    return octet == 4 ? into : null;
  }

  private static byte[] parseV6(String text, int from, int to) {
    byte[] bytes = new byte[16];
    int filled = 0;
    int gap = -1;
    int i = from;
    if (text.startsWith("::", from)) {
      gap = 0;
      i += 2;
    }
    while (i < to) {
      int end = i;
      while (end < to && text.charAt(end) != ':') {
        end++;
      }
      if (end == i) {
        // An empty group is the second colon of "::"; a lone leading colon is no address.
        if (gap >= 0 || i == from) {
          return null;
        }
        gap = filled;
        i++;
        continue;
      }
      if (end == to && text.indexOf('.', i) >= 0 && text.indexOf('.', i) < to) {
        if (filled > 12 || parseV4(text, i, to, bytes, filled) == null) {
          return null;
        }
        filled += 4;
        i = to;
        break;
      }
      if (end - i > 4 || filled > 14) {
        return null;
      }
      int group = 0;
      for (int j = i; j < end; j++) {
        int digit = Character.digit(text.charAt(j), 16);
        if (digit < 0) {
          return null;
        }
        group = group * 16 + digit;
      }
      bytes[filled++] = (byte) (group >> 8);
      bytes[filled++] = (byte) group;
      i = end;
      if (i < to) {
        i++;
        if (i == to) {
          return null;
        }
      }
    }
    if (gap >= 0) {
      int tail = filled - gap;
      System.arraycopy(bytes, gap, bytes, 16 - tail, tail);
      java.util.Arrays.fill(bytes, gap, 16 - tail, (byte) 0);
    } else if (filled != 16) {
      return null;
    }
    return bytes;
  }

  /** Whether {@code bytes} is an IPv4-mapped IPv6 address, {@code ::ffff:a.b.c.d}. */
  static boolean isMappedV4(byte[] bytes) {
    if (bytes.length != 16 || bytes[10] != (byte) 0xff || bytes[11] != (byte) 0xff) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** The IPv4 address of an IPv4-mapped one, else {@code bytes} itself. */
  static byte[] unmapped(byte[] bytes) {
    if (!isMappedV4(bytes)) {
      return bytes;
    }
    return new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]};
  }
}
