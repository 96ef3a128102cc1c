package dev.trent.crypto.mac;

import dev.trent.crypto.SecretBytes;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA-224/256/384/512 from the JDK. Any non-empty key length works (generated keys are as long
 * as the key spec's name says; RFC 2104 hashes keys longer than the block). A {@code javax.crypto.Mac}
 * is made per call, so the instance is immutable and thread-safe.
 */
public final class HmacJce implements Mac {
  private final MacAlgorithm algorithm;
  private final SecretKeySpec key;

  public HmacJce(MacAlgorithm algorithm, SecretBytes key) {
    if (key.length() == 0) {
      throw new IllegalArgumentException("an HMAC key must not be empty");
    }
    this.algorithm = algorithm;
    byte[] raw = key.toByteArray();
    this.key = new SecretKeySpec(raw, algorithm.jceName());
    Arrays.fill(raw, (byte) 0);
  }

  @Override
  public MacAlgorithm algorithm() {
    return algorithm;
  }

  @Override
  public byte[] compute(byte[] message) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance(algorithm.jceName());
      mac.init(key);
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has " + algorithm.jceName(), e);
    }
  }

  @Override
  public boolean verify(byte[] message, byte[] tag) {
    return MessageDigest.isEqual(compute(message), tag);
  }

  @Override
  public String toString() {
    return "HmacJce[" + algorithm + ", redacted]";
  }
}
