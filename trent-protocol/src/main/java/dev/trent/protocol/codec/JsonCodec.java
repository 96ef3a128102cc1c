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
   * Parses a request body (read from the request's own bytes, lent without a copy); an empty body
   * is an empty object, as AWS treats it. Anything that is not a JSON object is a {@link
   * SerializationException}.
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
