package dev.trent.crypto.blob;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical bytes of an encryption context, bound into every symmetric ciphertext.
 *
 * <p>Pairs sorted by the UTF-8 bytes of the key; count and lengths as 32-bit big-endian integers,
 * so no two different contexts encode alike. An absent and an empty context encode the same.
 * Strings must be well-formed Unicode (no lone surrogates).
 */
public final class EncryptionContextEncoding {
  private EncryptionContextEncoding() {}

  public static byte[] canonical(Map<String, String> context) {
    if (context == null || context.isEmpty()) {
      return new byte[4];
    }
    TreeMap<byte[], byte[]> sorted = new TreeMap<>(Arrays::compareUnsigned);
    context.forEach((k, v) -> sorted.put(utf8(k), utf8(v)));
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

  /**
   * Strict UTF-8: a lone surrogate would otherwise become '?', and two different contexts would
   * encode alike.
   *
   * @throws IllegalArgumentException for a string that is not well-formed UTF-16
   */
  private static byte[] utf8(String s) {
    try {
      ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(s));
      byte[] out = new byte[encoded.remaining()];
      encoded.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("encryption context is not well-formed Unicode", e);
    }
  }

  private static byte[] int32(int value) {
    return ByteBuffer.allocate(4).putInt(value).array();
  }
}
