package dev.trent.crypto.rootkey;

import dev.trent.crypto.SecretBytes;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id (RFC 9106, version 0x13) from Bouncy Castle: the memory-hard passphrase KDF. */
public final class Argon2id {
  private Argon2id() {}

  /** Derives {@code length} bytes from the passphrase; the caller owns and wipes the result. */
  public static SecretBytes derive(SecretBytes passphrase, Argon2idParameters p, int length) {
    return derive(passphrase, p, null, null, length);
  }

  /** With RFC 9106's optional secret (K) and associated data (X); null for none. */
  static SecretBytes derive(SecretBytes passphrase, Argon2idParameters p, byte[] secret, byte[] ad,
      int length) {
    Argon2Parameters.Builder b = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withMemoryAsKB(p.memoryKiB())
        .withIterations(p.iterations())
        .withParallelism(p.parallelism())
        .withSalt(p.salt());
    if (secret != null) {
      b.withSecret(secret);
    }
    if (ad != null) {
      b.withAdditional(ad);
    }
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(b.build());
    byte[] out = new byte[length];
    byte[] password = passphrase.toByteArray();
    try {
      generator.generateBytes(password, out);
    } finally {
      java.util.Arrays.fill(password, (byte) 0);
    }
    return SecretBytes.adopt(out);
  }
}
