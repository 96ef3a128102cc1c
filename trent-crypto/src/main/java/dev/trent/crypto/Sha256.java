package dev.trent.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, for callers outside this module that must not import java.security. */
public final class Sha256 {
  /** One digest per thread: looking the algorithm up costs more than hashing a request. */
  private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(Sha256::newDigest);

  private Sha256() {}

  public static byte[] digest(byte[] data) {
    // digest() resets the instance, so nothing of data stays in it.
    return DIGESTS.get().digest(data);
  }

  /** The digest of {@code parts} one after another, without joining them first. */
  public static byte[] digest(byte[]... parts) {
    MessageDigest digest = DIGESTS.get();
    for (byte[] part : parts) {
      digest.update(part);
    }
    return digest.digest();
  }

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
