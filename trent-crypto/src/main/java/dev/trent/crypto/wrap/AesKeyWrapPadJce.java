package dev.trent.crypto.wrap;

import dev.trent.crypto.SecretBytes;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES key wrap with padding (RFC 5649, NIST SP 800-38F KWP) from the JDK ({@code AES/KWP/NoPadding},
 * present since JDK 17). Unwrapping fails with one bare exception whatever went wrong: a wrong
 * key, a bad integrity check or bad padding. Stateless and thread-safe.
 */
public final class AesKeyWrapPadJce {
  private static final String TRANSFORMATION = "AES/KWP/NoPadding";

  private AesKeyWrapPadJce() {}

  public static byte[] wrap(SecretBytes kek, SecretBytes plaintext) throws GeneralSecurityException {
    byte[] key = kek.toByteArray();
    byte[] raw = plaintext.toByteArray();
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
      return cipher.doFinal(raw);
    } finally {
      Arrays.fill(key, (byte) 0);
      Arrays.fill(raw, (byte) 0);
    }
  }

  public static SecretBytes unwrap(SecretBytes kek, byte[] wrapped) throws GeneralSecurityException {
    byte[] key = kek.toByteArray();
    try {
      // RFC 5649 §4.2: at least two 64-bit blocks, a whole number of them.
      if (wrapped.length < 16 || wrapped.length % 8 != 0) {
        throw new GeneralSecurityException("unwrap failed");
      }
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"));
      return SecretBytes.adopt(cipher.doFinal(wrapped));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new GeneralSecurityException("unwrap failed");
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }
}
