package dev.trent.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON mapper of the audit trail. A record's bytes are its serialization here; the chain
 * hashes those exact bytes, so readers never re-serialize a record to check it.
 */
public final class AuditJson {
  static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private AuditJson() {}

  /** The record's bytes as written to the log (no line break inside: JSON escapes it). */
  public static byte[] bytes(Object value) {
    if (value instanceof AuditEvent event) {
      return AuditEventJson.bytes(event);
    }
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit record does not serialize", e);
    }
  }

  public static JsonNode parse(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
