package dev.trent.core.identity;

import dev.trent.crypto.Randomness;
import java.util.Base64;

/**
 * New identifiers and secrets in AWS's shapes: access key ids ({@code AKIA}/{@code ASIA} and 16
 * characters of the base-32 alphabet), unique ids of users, roles and policies ({@code AIDA},
 * {@code AROA}, {@code ANPA} and 17 characters), 40-character secret access keys, and session
 * tokens. Thread-safe.
 */
public final class IdentityIds {
  private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
  private static final char[] SECRET_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
  private static final int SESSION_TOKEN_BYTES = 96;

  private final Randomness randomness;

  public IdentityIds(Randomness randomness) {
    this.randomness = randomness;
  }

  public String longTermAccessKeyId() {
    return "AKIA" + base32(16);
  }

  public String temporaryAccessKeyId() {
    return "ASIA" + base32(16);
  }

  public String userId() {
    return "AIDA" + base32(17);
  }

  public String roleId() {
    return "AROA" + base32(17);
  }

  public String policyId() {
    return "ANPA" + base32(17);
  }

  /** 40 characters of {@code [A-Za-z0-9+/]}, like an AWS secret access key (240 bits). */
  public String secretAccessKey() {
    return pick(SECRET_ALPHABET, 40);
  }

  /** An opaque session token (768 random bits, base64). */
  public String sessionToken() {
    return Base64.getEncoder().encodeToString(randomness.bytes(SESSION_TOKEN_BYTES));
  }

  private String base32(int length) {
    return pick(BASE32, length);
  }

  private String pick(char[] alphabet, int length) {
    // 256 is a multiple of both alphabets' sizes, so a byte modulo the size is unbiased.
    byte[] random = randomness.bytes(length);
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = alphabet[(random[i] & 0xff) % alphabet.length];
    }
    return new String(out);
  }
}
