package dev.trent.crypto.kem;

import dev.trent.crypto.SecretBytes;

/**
 * The result of an encapsulation: the ciphertext to send and the 32-byte shared secret to keep.
 * {@code toString} never shows the secret.
 */
public record Encapsulation(byte[] ciphertext, SecretBytes sharedSecret) {
  public Encapsulation {
    ciphertext = ciphertext.clone();
  }

  @Override
  public byte[] ciphertext() {
    return ciphertext.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Encapsulation that
        && java.util.Arrays.equals(ciphertext, that.ciphertext)
        && sharedSecret.equals(that.sharedSecret);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(ciphertext);
  }

  @Override
  public String toString() {
    return "Encapsulation[ciphertext " + ciphertext.length + " bytes, shared secret redacted]";
  }
}
