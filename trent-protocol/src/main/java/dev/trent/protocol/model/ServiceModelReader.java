package dev.trent.protocol.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns the JSON of {@code kms-model.json} (see {@code tools/gen-model.py}) into records. */
final class ServiceModelReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ServiceModelReader() {}

  static ServiceModel read(InputStream in) throws IOException {
    JsonNode root = JSON.readTree(in);
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("a service model is a JSON object");
    }
    Map<String, Operation> operations = new LinkedHashMap<>();
    root.path("operations").properties().forEach(e -> operations.put(
        e.getKey(),
        new Operation(e.getKey(), name(e.getValue().get("input")), name(e.getValue().get("output")))));
    Map<String, Shape> shapes = new LinkedHashMap<>();
    root.path("shapes").properties().forEach(e -> shapes.put(e.getKey(), shape(e.getKey(), e.getValue())));
    return new ServiceModel(text(root, "targetPrefix", "model"), operations, shapes);
  }

  private static Shape shape(String name, JsonNode json) {
    String type = text(json, "type", name);
    return switch (type) {
      case "structure" -> structure(name, json);
      case "list" -> new ListShape(name, text(json, "member", name), bounds(json));
      case "map" -> new MapShape(name, text(json, "key", name), text(json, "value", name), bounds(json));
      case "string" -> string(name, json);
      case "blob" -> new BlobShape(name, bounds(json), json.path("sensitive").asBoolean(false));
      case "integer" -> new IntegerShape(name, bounds(json));
      case "boolean" -> new BooleanShape(name);
      case "timestamp" -> new TimestampShape(name);
      default -> throw new IllegalArgumentException(name + ": unsupported shape type " + type);
    };
  }

  private static StructureShape structure(String name, JsonNode json) {
    Set<String> required = new HashSet<>(strings(json.path("required")));
    List<Member> members = new ArrayList<>();
    json.path("members").properties().forEach(e -> members.add(
        new Member(e.getKey(), e.getValue().asText(), required.remove(e.getKey()))));
    if (!required.isEmpty()) {
      throw new IllegalArgumentException(name + ": required members " + required + " do not exist");
    }
    return new StructureShape(name, members);
  }

  private static StringShape string(String name, JsonNode json) {
    List<String> values = strings(json.path("enum"));
    JsonNode order = json.get("enumMessageOrder");
    return new StringShape(
        name,
        bounds(json),
        name(json.get("pattern")),
        values,
        order == null ? values : strings(order),
        json.path("sensitive").asBoolean(false));
  }

  private static Bounds bounds(JsonNode json) {
    JsonNode min = json.get("min");
    JsonNode max = json.get("max");
    return new Bounds(
        min == null ? Long.MIN_VALUE : min.asLong(), max == null ? Long.MAX_VALUE : max.asLong());
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static Optional<String> name(JsonNode node) {
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
  }

  private static String text(JsonNode json, String field, String where) {
    JsonNode node = json.get(field);
    if (node == null || !node.isTextual()) {
      throw new IllegalArgumentException(where + ": missing " + field);
    }
    return node.asText();
  }
}
