package dev.trent.crypto;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Bytes that must never be shown: plaintext, data keys, key material, secret access keys.
 *
 * <p>{@link #toString()} never reveals the content, equality is constant-time, and {@link #wipe()}
 * zeroes the buffer once the owner is done with it. Instances are not thread-safe after a wipe; the
 * content is copied in and out so callers cannot alias the internal buffer.
 */
public final class SecretBytes implements AutoCloseable {
  private final byte[] bytes;

  private SecretBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Copies {@code bytes}; the caller may wipe its own array afterwards. */
  public static SecretBytes copyOf(byte[] bytes) {
    return new SecretBytes(bytes.clone());
  }

  /** Takes ownership of {@code bytes} without copying: the caller must not keep using the array. */
  public static SecretBytes adopt(byte[] bytes) {
    return new SecretBytes(bytes);
  }

  public int length() {
    return bytes.length;
  }

  /** A fresh copy of the content; the caller owns and should wipe it. */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /** Zeroes the content. */
  public void wipe() {
    Arrays.fill(bytes, (byte) 0);
  }

  @Override
  public void close() {
    wipe();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SecretBytes that && MessageDigest.isEqual(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return bytes.length;
  }

  @Override
  public String toString() {
    return "SecretBytes[" + bytes.length + " bytes, redacted]";
  }
}
