package dev.trent.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, for callers outside this module that must not import java.security. */
public final class Sha256 {
  private Sha256() {}

  public static byte[] digest(byte[] data) {
    return newDigest().digest(data);
  }

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
