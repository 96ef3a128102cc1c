package dev.trent.policy;

/**
 * An IPv4 or IPv6 block of an {@code IpAddress} condition: {@code 203.0.113.0/24}, {@code
 * 2001:db8::/32}, or a single address (a /32 or /128).
 */
final class CidrBlock {
  private final byte[] network;
  private final int prefix;

  private CidrBlock(byte[] network, int prefix) {
    this.network = network;
    this.prefix = prefix;
  }

  /** The block, or null if {@code text} is not one. */
  static CidrBlock parse(String text) {
    int slash = text.indexOf('/');
    byte[] address = IpAddresses.parse(text, 0, slash < 0 ? text.length() : slash);
    if (address == null) {
      return null;
    }
    int bits = address.length * 8;
    int prefix = bits;
    if (slash >= 0) {
      String digits = text.substring(slash + 1);
      if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
        return null;
      }
      prefix = Integer.parseInt(digits);
      if (prefix > bits) {
        return null;
      }
    }
    return new CidrBlock(address, prefix);
  }

  /** Whether the textual address {@code text} lies in this block; false if it is no address. */
  boolean contains(String text) {
    byte[] address = IpAddresses.parse(text);
    return address != null && contains(address);
  }

  boolean contains(byte[] address) {
    if (address.length != network.length) {
      return false;
    }
    int whole = prefix / 8;
    for (int i = 0; i < whole; i++) {
      if (address[i] != network[i]) {
        return false;
      }
    }
    int rest = prefix % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xff << (8 - rest)) & 0xff;
    return (address[whole] & mask) == (network[whole] & mask);
  }
}
