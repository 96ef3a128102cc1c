package dev.trent.crypto.aead;

import dev.trent.crypto.SecretBytes;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM with a caller-supplied 96-bit IV and a 128-bit tag, from the JDK's provider.
 *
 * <p>Immutable and thread-safe: each thread has its own Cipher, initialized afresh (key and IV) by
 * every call, since looking the transformation up costs as much as sealing a small message. The caller guarantees IV uniqueness
 * per key: Trent uses every derived key once, or a fresh random IV under long-lived keys.
 */
public final class AesGcmJce {
  public static final int IV_LENGTH = 12;
  public static final int TAG_LENGTH = 16;

  private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(AesGcmJce::newCipher);

  private final SecretKeySpec key;

  public AesGcmJce(SecretBytes key) {
    if (key.length() != 16 && key.length() != 32) {
      throw new IllegalArgumentException("AES key must be 128 or 256 bits");
    }
    byte[] raw = key.toByteArray();
    this.key = new SecretKeySpec(raw, "AES");
    java.util.Arrays.fill(raw, (byte) 0);
  }

  /** Returns ciphertext followed by the tag. */
  public byte[] seal(byte[] iv, byte[] plaintext, byte[] aad) {
    byte[] sealed = new byte[plaintext.length + TAG_LENGTH];
    sealInto(iv, plaintext, aad, sealed, 0);
    return sealed;
  }

  /**
   * Writes ciphertext followed by the tag into {@code out} from {@code offset}, which must leave
   * room for {@code plaintext.length + TAG_LENGTH} bytes: for a caller whose output frames the
   * ciphertext, so that it is not copied once more.
   */
  public void sealInto(byte[] iv, byte[] plaintext, byte[] aad, byte[] out, int offset) {
    if (iv.length != IV_LENGTH) {
      throw new IllegalArgumentException("AES-GCM IV must be 96 bits");
    }
    try {
      Cipher cipher = init(Cipher.ENCRYPT_MODE, iv);
      cipher.updateAAD(aad);
      cipher.doFinal(plaintext, 0, plaintext.length, out, offset);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * Opens ciphertext-with-tag; throws {@link GeneralSecurityException} when the tag, IV, AAD or
   * key do not match. The returned plaintext is owned by the caller.
   */
  public SecretBytes open(byte[] iv, byte[] sealed, byte[] aad) throws GeneralSecurityException {
    if (iv.length != IV_LENGTH || sealed.length < TAG_LENGTH) {
      throw new GeneralSecurityException("malformed AES-GCM input");
    }
    Cipher cipher = init(Cipher.DECRYPT_MODE, iv);
    cipher.updateAAD(aad);
    return SecretBytes.adopt(cipher.doFinal(sealed));
  }

  private Cipher init(int mode, byte[] iv) throws GeneralSecurityException {
    GCMParameterSpec spec = new GCMParameterSpec(TAG_LENGTH * 8, iv);
    Cipher cipher = CIPHERS.get();
    try {
      cipher.init(mode, key, spec);
    } catch (InvalidAlgorithmParameterException sameKeyAndIv) {
      // The thread's Cipher refuses to encrypt under the key and IV it last used. A fresh one
      // does as before, with no memory of other calls: uniqueness is the caller's guarantee.
      cipher = newCipher();
      cipher.init(mode, key, spec);
    }
    return cipher;
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has AES/GCM/NoPadding", e);
    }
  }

  @Override
  public String toString() {
    return "AesGcmJce[redacted]";
  }
}
