package dev.trent.protocol.codec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.trent.protocol.error.ApiException;
import dev.trent.protocol.error.SerializationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * AWS JSON 1.1 for Trent's wire records: UpperCamelCase members, base64 blobs, timestamps as
 * epoch seconds (fractional), absent members left out. Thread-safe.
 */
public final class JsonCodec {
  private static final int MAX_DEPTH = 32;

  private final ObjectMapper mapper;
  /** Reads one member's value from a parser that goes on to the next member. */
  private final ObjectReader memberReader;

  public JsonCodec() {
    SimpleModule timestamps = new SimpleModule("aws-timestamps");
    timestamps.addSerializer(Instant.class, new EpochSecondsSerializer());
    timestamps.addDeserializer(Instant.class, new EpochSecondsDeserializer());
    timestamps.addSerializer(byte[].class, new Blobs.Writer());
    timestamps.addDeserializer(byte[].class, new Blobs.Reader());
    JsonMapper json = JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .addModule(timestamps)
        .build();
    json.getFactory().setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    this.mapper = json;
    this.memberReader = json.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * Parses a request body; an empty body is an empty object, as AWS treats it. Anything that is
   * not JSON is a {@link SerializationException}.
   */
  public JsonNode parse(InputStream body) {
    try {
      JsonNode node = mapper.readTree(body);
      if (node == null || node.isMissingNode()) {
        return mapper.createObjectNode();
      }
      return node;
    } catch (IOException e) {
      throw new SerializationException("Malformed JSON in the request body.");
    }
  }

  /** {@link #parse(InputStream)} of {@code body}. */
  public JsonNode parse(byte[] body) {
    return parse(new ByteArrayInputStream(body));
  }

  /**
   * {@link #parse(InputStream)} of {@code body[offset, offset + length)}, except that the
   * top-level members named in {@code blobs} are decoded straight from the body's bytes when they
   * hold canonical base64, into a {@link BinaryNode}: a kilobytes-long plaintext or ciphertext
   * never becomes a string, and is decoded once, here, not again by the validator and binding.
   * Any other body, or a blob member that is not canonical base64, gets exactly the tree of
   * {@link #parse(InputStream)}, so the validator answers it as before. The array is only read.
   */
  public JsonNode parse(byte[] body, int offset, int length, Set<String> blobs) {
    if (!blobs.isEmpty()) {
      try (JsonParser parser = mapper.createParser(body, offset, length)) {
        ObjectNode tree = readDecodingBlobs(parser, body, offset, blobs);
        if (tree != null) {
          return tree;
        }
      } catch (IOException e) {
        throw new SerializationException("Malformed JSON in the request body.");
      }
    }
    return parse(new ByteArrayInputStream(body, offset, length));
  }

  /** The object with its blob members decoded, or null where the general parse must answer. */
  private ObjectNode readDecodingBlobs(JsonParser parser, byte[] body, int offset, Set<String> blobs)
      throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    ObjectNode out = mapper.createObjectNode();
    JsonToken token = parser.nextToken();
    while (token == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      if (parser.nextToken() == JsonToken.VALUE_STRING && blobs.contains(name)) {
        // Where the text begins; the parser then skips it without decoding it (nothing asked for
        // its text), and where the next token begins tells where it ended.
        int open = offset + (int) parser.currentTokenLocation().getByteOffset();
        token = parser.nextToken();
        int next = offset + (int) parser.currentTokenLocation().getByteOffset();
        byte[] decoded = body[open] == '"' ? decodeText(body, open, next) : null;
        if (decoded == null) {
          return null;
        }
        out.set(name, BinaryNode.valueOf(decoded));
      } else {
        out.set(name, memberReader.readTree(parser));
        token = parser.nextToken();
      }
    }
    if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
      throw new SerializationException("Malformed JSON in the request body.");
    }
    return out;
  }

  /**
   * The canonical base64 between the quote at {@code open} and the closing quote that is the last
   * one before {@code next} (the following token's start), or null.
   */
  private static byte[] decodeText(byte[] body, int open, int next) {
    int close = next - 1;
    while (close > open && body[close] != '"') {
      close--;
    }
    return close > open ? CanonicalBase64.decode(body, open + 1, close - open - 1) : null;
  }

  /**
   * The members {@code names} of a JSON object this codec wrote, as a tree; every other member is
   * skipped unread (a multi-kilobyte ciphertext is scanned, never decoded nor copied). For reading
   * a few members of a response without parsing all of it.
   */
  public ObjectNode members(byte[] body, Set<String> names) {
    ObjectNode out = mapper.createObjectNode();
    try (JsonParser parser = mapper.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return out;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (names.contains(name)) {
          out.set(name, memberReader.readTree(parser));
        } else {
          parser.skipChildren();
        }
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("the codec's own output always parses", e);
    }
  }

  /**
   * Binds a validated tree to a wire record; types were checked by the validator first. Nulls are
   * absent at every depth, as the validator treats them (the tree is changed in place).
   */
  public <T> T bind(JsonNode node, Class<T> type) {
    try {
      return mapper.treeToValue(AbsentNulls.strip(node), type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new SerializationException("Could not read the request: a member has the wrong type.");
    }
  }

  public byte[] write(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("wire records always serialize", e);
    }
  }

  /** The AWS error body {@code {"__type": ..., "message": ...}}; no message member when null. */
  public byte[] error(ApiException error) {
    ObjectNode body = mapper.createObjectNode().put("__type", error.errorCode());
    if (error.getMessage() != null) {
      body.put("message", error.getMessage());
    }
    return write(body);
  }

  private static final class EpochSecondsSerializer extends StdSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    EpochSecondsSerializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeNumber(BigDecimal.valueOf(value.toEpochMilli(), 3));
    }
  }

  private static final class EpochSecondsDeserializer extends StdDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    EpochSecondsDeserializer() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      BigDecimal seconds = p.getDecimalValue();
      return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
    }
  }
}
