package dev.trent.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA-256 over raw key bytes, and the constant-time comparison every MAC check must use. */
public final class HmacSha256 {
  private HmacSha256() {}

  public static byte[] compute(byte[] key, byte[] data) {
    return newMac(key).doFinal(data);
  }

  /**
   * A key prepared once for many MACs (a SigV4 signing key used by every request of a day): each
   * {@link Keyed#compute} clones the keyed state instead of looking the algorithm up and expanding
   * the key again. The caller may wipe {@code key} afterwards.
   */
  public static Keyed keyed(byte[] key) {
    return new Keyed(newMac(key));
  }

  /** Constant-time equality of two MACs, tags or signatures. */
  public static boolean constantTimeEquals(byte[] a, byte[] b) {
    return MessageDigest.isEqual(a, b);
  }

  private static Mac newMac(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }

  /** HMAC-SHA-256 under one key. Thread-safe: the keyed state is never used, only copied. */
  public static final class Keyed {
    private final Mac prototype;

    private Keyed(Mac prototype) {
      this.prototype = prototype;
    }

    public byte[] compute(byte[] data) {
      try {
        return ((Mac) prototype.clone()).doFinal(data);
      } catch (CloneNotSupportedException e) {
        throw new IllegalStateException("the JDK's HmacSHA256 is cloneable", e);
      }
    }

    @Override
    public String toString() {
      return "HmacSha256.Keyed[<redacted>]";
    }
  }
}
