package dev.trent.crypto.kdf;

import dev.trent.crypto.SecretBytes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * NIST SP 800-108r1 key derivation in counter mode with HMAC-SHA-256 as the PRF.
 *
 * <p>Each block is {@code PRF(K, [i]_32 || Label || 0x00 || Context || [L]_32)}. Immutable and
 * thread-safe; the key is held as a keyed HMAC state built once, copied for each derivation.
 */
public final class CounterModeKdf {
  private static final int BLOCK = 32;

  private final Mac keyed;
  private final byte[] label;

  public CounterModeKdf(SecretBytes key, String label) {
    byte[] raw = key.toByteArray();
    try {
      this.keyed = Mac.getInstance("HmacSHA256");
      keyed.init(new SecretKeySpec(raw, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
    this.label = label.getBytes(StandardCharsets.US_ASCII);
  }

  /** Derives {@code length} bytes bound to {@code context}. */
  public SecretBytes derive(byte[] context, int length) {
    try {
      Mac mac = (Mac) keyed.clone();
      byte[] out = new byte[length];
      int blocks = (length + BLOCK - 1) / BLOCK;
      for (int i = 1; i <= blocks; i++) {
        mac.update(ByteBuffer.allocate(4).putInt(i).array());
        mac.update(label);
        mac.update((byte) 0);
        mac.update(context);
        mac.update(ByteBuffer.allocate(4).putInt(length * 8).array());
        byte[] block = mac.doFinal();
        System.arraycopy(block, 0, out, (i - 1) * BLOCK, Math.min(BLOCK, length - (i - 1) * BLOCK));
        Arrays.fill(block, (byte) 0);
      }
      return SecretBytes.adopt(out);
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the JDK's HmacSHA256 is cloneable", e);
    }
  }

  @Override
  public String toString() {
    return "CounterModeKdf[redacted]";
  }
}
