package dev.trent.protocol.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trent.protocol.model.Bounds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A map (a JSON object): its size, then its keys and values. AWS reports broken keys once and
 * broken values once for the whole map, keys first, naming all constraints of the key or value
 * shape ({@code Map keys must satisfy constraint: [...]}); values that are structures or
 * containers are checked in place at {@code <map>.<key>}. JSON null values are skipped.
 */
final class MapCheck extends Check {
  private final Bounds length;
  private final StringCheck key;
  private final Check value;

  MapCheck(Bounds length, StringCheck key, Check value) {
    this.length = length;
    this.key = key;
    this.value = value;
  }

  @Override
  void check(JsonNode map, MemberPath path, List<ConstraintViolation> out) {
    if (!map.isObject()) {
      throw TypeMismatch.map(map);
    }
    ScalarCheck scalarValue = value instanceof ScalarCheck s ? s : null;
    boolean keysBroken = false;
    boolean valuesBroken = false;
    long count = 0;
    List<ConstraintViolation> nested = new ArrayList<>(0);
    for (Map.Entry<String, JsonNode> entry : map.properties()) {
      JsonNode item = entry.getValue();
      if (item.isNull()) {
        continue;
      }
      count++;
      keysBroken |= !key.broken(entry.getKey()).isEmpty();
      if (scalarValue != null) {
        valuesBroken |= !scalarValue.broken(item).isEmpty();
      } else {
        value.check(item, path.child(entry.getKey()), nested);
      }
    }
    // The map's own clauses come before those of the values checked in place.
    String where = path.toString();
    if (count < length.min()) {
      out.add(ConstraintViolation.lengthAtLeast(where, show(map), length.min()));
    } else if (count > length.max()) {
      out.add(ConstraintViolation.lengthAtMost(where, show(map), length.max()));
    }
    if (keysBroken) {
      out.add(ConstraintViolation.of(where, show(map), ConstraintText.mapKeys(key.constraints())));
    }
    if (valuesBroken) {
      out.add(ConstraintViolation.of(
          where, show(map), ConstraintText.mapValues(scalarValue.constraints())));
    }
    out.addAll(nested);
  }

  /** {@code {k=v, k2=v2}}, as AWS prints a map; hidden when a key or value must be. */
  @Override
  String show(JsonNode map) {
    StringJoiner shown = new StringJoiner(", ", "{", "}");
    for (Map.Entry<String, JsonNode> entry : map.properties()) {
      if (entry.getValue().isNull()) {
        continue;
      }
      String k = key.show(entry.getKey());
      String v = value.show(entry.getValue());
      if (k == null || v == null) {
        return null;
      }
      shown.add(k + "=" + v);
    }
    return shown.toString();
  }
}
