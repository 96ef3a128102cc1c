package dev.trent.audit;

import dev.trent.crypto.Sha256;
import java.nio.ByteBuffer;
import java.util.HexFormat;

/**
 * The hash chain: {@code hash(n) = SHA-256(hash(n-1) || seq(n) as 8 bytes big-endian || record
 * bytes)}, with 32 zero bytes before the first record. Binding the sequence number makes a reorder
 * or a deletion break the chain, not just an edit.
 */
public final class ChainHash {
  public static final int LENGTH = 32;
  public static final byte[] GENESIS = new byte[LENGTH];
  private static final HexFormat HEX = HexFormat.of();

  private ChainHash() {}

  public static byte[] next(byte[] previous, long seq, byte[] record) {
    return Sha256.digest(previous, ByteBuffer.allocate(Long.BYTES).putLong(seq).array(), record);
  }

  public static String hex(byte[] hash) {
    return HEX.formatHex(hash);
  }

  public static byte[] unhex(String hex) {
    return HEX.parseHex(hex);
  }
}
