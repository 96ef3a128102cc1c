package dev.trent.core.ops.imports;

import dev.trent.protocol.error.IncorrectKeyMaterialException;

/**
 * How long imported material must be (Developer Guide, "Requirements for imported key material"):
 * a 256-bit key for SYMMETRIC_DEFAULT; for HMAC keys at least the hash length and at most the
 * hash's block size, i.e. HMAC_224 28 to 64 bytes, HMAC_256 32 to 64, HMAC_384 48 to 128 and
 * HMAC_512 64 to 128.
 */
final class MaterialLength {
  private MaterialLength() {}

  static void check(String keySpec, int length) {
    int[] range = switch (keySpec) {
      case "SYMMETRIC_DEFAULT" -> new int[] {32, 32};
      case "HMAC_224" -> new int[] {28, 64};
      case "HMAC_256" -> new int[] {32, 64};
      case "HMAC_384" -> new int[] {48, 128};
      case "HMAC_512" -> new int[] {64, 128};
      default -> throw new IllegalStateException("no imported material for " + keySpec);
    };
    if (length < range[0] || length > range[1]) {
      throw new IncorrectKeyMaterialException("Key material for KeySpec " + keySpec + " must be "
          + (range[0] == range[1] ? range[0] : range[0] + " to " + range[1]) + " bytes long.");
    }
  }
}
