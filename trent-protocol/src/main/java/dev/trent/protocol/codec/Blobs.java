package dev.trent.protocol.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.PrimitiveArrayDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Base64;

/**
 * Blob members (byte arrays) as padded standard base64 through the JDK's codec, which is several
 * times faster than Jackson's per-character one on the kilobyte-sized plaintexts and ciphertexts
 * of the data plane. The text is the same: the alphabet, the padding and no line breaks.
 */
final class Blobs {
  private Blobs() {}

  /** Writes the base64 text straight into a UTF-8 generator's buffer: it never needs escaping. */
  static final class Writer extends StdSerializer<byte[]> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(byte[].class);
    }

    @Override
    public void serialize(byte[] value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (gen instanceof UTF8JsonGenerator) {
        byte[] text = Base64.getEncoder().encode(value);
        gen.writeRawUTF8String(text, 0, text.length);
      } else {
        gen.writeBinary(value);
      }
    }
  }

  /**
   * Decodes a string member, or takes the bytes the parser already decoded; anything else goes to
   * Jackson's own reader. The validator has already checked the text is canonical padded base64,
   * which the JDK's decoder accepts unchanged; text it refuses is an {@link
   * IllegalArgumentException}, which binding reports as a wrong type.
   */
  static final class Reader extends StdDeserializer<byte[]> {
    private static final long serialVersionUID = 1L;
    private final JsonDeserializer<?> fallback = PrimitiveArrayDeserializers.forType(Byte.TYPE);

    Reader() {
      super(byte[].class);
    }

    @Override
    public byte[] deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return Base64.getDecoder().decode(p.getText());
      }
      if (p.currentToken() == JsonToken.VALUE_EMBEDDED_OBJECT && p.getEmbeddedObject() instanceof byte[] decoded) {
        return decoded; // decoded from the body by the parser: taken over, not copied
      }
      return (byte[]) fallback.deserialize(p, ctxt);
    }
  }
}
