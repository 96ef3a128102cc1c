package dev.trent.policy;

/**
 * An IPv4 or IPv6 block of an {@code IpAddress} condition: {@code 203.0.113.0/24}, {@code
 * 2001:db8::/32}, or a single address (a /32 or /128).
 */
final class CidrBlock {
  private final byte[] network;
  private final int prefix;
  private final long v4Network;
  private final long v4Mask;

  private CidrBlock(byte[] network, int prefix) {
    this.network = network;
    this.prefix = prefix;
    if (network.length == 4) {
      long value = ((network[0] & 0xffL) << 24) | ((network[1] & 0xffL) << 16) | ((network[2] & 0xffL) << 8) | (network[3] & 0xffL);
      this.v4Mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
      this.v4Network = value & v4Mask;
    } else {
      this.v4Mask = 0;
      this.v4Network = -1;
    }
  }

  /** The block, or null if {@code text} is not one. */
  static CidrBlock parse(String text) {
    int slash = text.indexOf('/');
    byte[] address = IpAddresses.parseRaw(text, 0, slash < 0 ? text.length() : slash);
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
    if (IpAddresses.isMappedV4(address) && prefix >= 96) {
      // ::ffff:10.0.0.0/104 is the IPv4 block 10.0.0.0/8, and request addresses are compared unmapped.
      return new CidrBlock(IpAddresses.unmapped(address), prefix - 96);
    }
    return new CidrBlock(address, prefix);
  }

  /** Whether the textual address {@code text} lies in this block; false if it is no address. */
  boolean contains(String text) {
    if (network.length == 4) {
      long v4 = IpAddresses.parseV4(text);
      if (v4 >= 0) {
        return (v4 & v4Mask) == v4Network;
      }
    }
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
