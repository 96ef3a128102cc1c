package dev.trent.crypto.rootkey;

import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of one Argon2id derivation (RFC 9106), stored beside the data they protect so
 * that every node, and a later restore, derives the same key. Encoded in the PHC string style,
 * {@code argon2id$v=19$m=65536,t=3,p=1$<salt, base64 without padding>}. Not secret.
 *
 * @param memoryKiB memory in KiB (m)
 * @param iterations passes over memory (t)
 * @param parallelism lanes (p)
 */
public record Argon2idParameters(int memoryKiB, int iterations, int parallelism, byte[] salt) {
  /** RFC 9106's second recommended option, lowered to t=3: 64 MiB, 3 passes, 1 lane. */
  public static final int DEFAULT_MEMORY_KIB = 64 * 1024;
  public static final int DEFAULT_ITERATIONS = 3;
  public static final int SALT_LENGTH = 16;
  private static final Pattern ENCODED =
      Pattern.compile("argon2id\\$v=19\\$m=(\\d{1,9}),t=(\\d{1,4}),p=(\\d{1,3})\\$([A-Za-z0-9+/]{22,88})");

  public Argon2idParameters {
    if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1 || salt.length < 8) {
      throw new IllegalArgumentException("Argon2id parameters out of range");
    }
    salt = salt.clone();
  }

  /** The defaults with this fresh salt. */
  public static Argon2idParameters defaults(byte[] salt) {
    return new Argon2idParameters(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, 1, salt);
  }

  @Override
  public byte[] salt() {
    return salt.clone();
  }

  public String encode() {
    return "argon2id$v=19$m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism + "$"
        + Base64.getEncoder().withoutPadding().encodeToString(salt);
  }

  public static Argon2idParameters parse(String encoded) {
    Matcher m = ENCODED.matcher(encoded);
    if (!m.matches()) {
      throw new IllegalArgumentException("not an Argon2id parameter string");
    }
    return new Argon2idParameters(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)), Base64.getDecoder().decode(m.group(4)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Argon2idParameters p && p.memoryKiB == memoryKiB && p.iterations == iterations
        && p.parallelism == parallelism && Arrays.equals(p.salt, salt);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(salt) * 31 + memoryKiB;
  }

  @Override
  public String toString() {
    return encode();
  }
}
