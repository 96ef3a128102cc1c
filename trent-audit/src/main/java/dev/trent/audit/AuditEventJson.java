package dev.trent.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An {@link AuditEvent}'s bytes, written member by member: the same bytes as the mapper writes
 * from the record's annotations (a test holds the two together), without a reflective call per
 * member on the path of every request.
 */
final class AuditEventJson {
  private AuditEventJson() {}

  static byte[] bytes(AuditEvent e) {
    try (ByteArrayBuilder out = new ByteArrayBuilder(1024)) {
      try (JsonGenerator gen = AuditJson.MAPPER.createGenerator(out)) {
        write(gen, e);
      }
      return out.toByteArray();
    } catch (IOException ex) {
      throw new UncheckedIOException("an audit record always serializes", ex);
    }
  }

  private static void write(JsonGenerator gen, AuditEvent e) throws IOException {
    gen.writeStartObject();
    string(gen, "eventVersion", e.eventVersion());
    if (e.userIdentity() != null) {
      UserIdentity u = e.userIdentity();
      gen.writeObjectFieldStart("userIdentity");
      string(gen, "type", u.type());
      string(gen, "principalId", u.principalId());
      string(gen, "arn", u.arn());
      string(gen, "accountId", u.accountId());
      string(gen, "accessKeyId", u.accessKeyId());
      gen.writeEndObject();
    }
    string(gen, "eventTime", e.eventTime());
    string(gen, "eventSource", e.eventSource());
    string(gen, "eventName", e.eventName());
    string(gen, "awsRegion", e.awsRegion());
    string(gen, "sourceIPAddress", e.sourceIPAddress());
    string(gen, "userAgent", e.userAgent());
    string(gen, "errorCode", e.errorCode());
    string(gen, "errorMessage", e.errorMessage());
    tree(gen, "requestParameters", e.requestParameters());
    tree(gen, "responseElements", e.responseElements());
    string(gen, "requestID", e.requestID());
    string(gen, "eventID", e.eventID());
    gen.writeBooleanField("readOnly", e.readOnly());
    if (e.resources() != null) {
      gen.writeArrayFieldStart("resources");
      for (AuditResource r : e.resources()) {
        gen.writeStartObject();
        gen.writeStringField("accountId", r.accountId());
        gen.writeStringField("type", r.type());
        gen.writeStringField("ARN", r.arn());
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
    string(gen, "eventType", e.eventType());
    gen.writeBooleanField("managementEvent", e.managementEvent());
    string(gen, "recipientAccountId", e.recipientAccountId());
    string(gen, "eventCategory", e.eventCategory());
    gen.writeEndObject();
  }

  /** A string member, left out when null (the record's NON_NULL inclusion). */
  private static void string(JsonGenerator gen, String name, String value) throws IOException {
    if (value != null) {
      gen.writeStringField(name, value);
    }
  }

  /** A tree member, written as {@code null} when absent, as AWS does. */
  private static void tree(JsonGenerator gen, String name, JsonNode value) throws IOException {
    gen.writeFieldName(name);
    if (value == null) {
      gen.writeNull();
    } else {
      gen.writeTree(value);
    }
  }
}
