package dev.trent.crypto.blob;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical bytes of an encryption context, bound into every symmetric ciphertext.
 *
 * <p>Pairs sorted by the UTF-8 bytes of the key; count and lengths as 32-bit big-endian integers,
 * so no two different contexts encode alike. An absent and an empty context encode the same.
 */
public final class EncryptionContextEncoding {
  private EncryptionContextEncoding() {}

  public static byte[] canonical(Map<String, String> context) {
    if (context == null || context.isEmpty()) {
      return new byte[4];
    }
    TreeMap<byte[], byte[]> sorted = new TreeMap<>(Arrays::compareUnsigned);
    context.forEach(
        (k, v) -> sorted.put(k.getBytes(StandardCharsets.UTF_8), v.getBytes(StandardCharsets.UTF_8)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(int32(sorted.size()));
    sorted.forEach(
        (k, v) -> {
          out.writeBytes(int32(k.length));
          out.writeBytes(k);
          out.writeBytes(int32(v.length));
          out.writeBytes(v);
        });
    return out.toByteArray();
  }

  private static byte[] int32(int value) {
    return ByteBuffer.allocate(4).putInt(value).array();
  }
}
