package dev.trent.protocol.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Drops the JSON nulls of a validated request body, in place, at every depth: members, list
 * elements and map values. The validator treats them all as absent (AWS skips them), so binding
 * must too; otherwise {@code "Tags": [null]} or {@code "EncryptionContext": {"k": null}} would reach
 * an operation as a null element it never expects.
 */
final class AbsentNulls {
  private AbsentNulls() {}

  /** Removes every null below {@code node} and returns it; parsing bounds the depth. */
  static JsonNode strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> nulls = new ArrayList<>();
      for (Map.Entry<String, JsonNode> member : object.properties()) {
        if (member.getValue().isNull()) {
          nulls.add(member.getKey());
        } else {
          strip(member.getValue());
        }
      }
      object.remove(nulls);
    } else if (node instanceof ArrayNode array) {
      for (int i = array.size() - 1; i >= 0; i--) {
        if (array.get(i).isNull()) {
          array.remove(i);
        } else {
          strip(array.get(i));
        }
      }
    }
    return node;
  }
}
