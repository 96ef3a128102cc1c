package dev.trent.policy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The request's condition keys, by name, and the values of policy variables ({@code
 * ${aws:username}}, {@code ${aws:PrincipalTag/team}}, ...), which are looked up the same way.
 *
 * <p>Key names are case-insensitive ({@code kms:EncryptionContext:Purpose} and {@code
 * KMS:encryptioncontext:purpose} are the same key); values are case-sensitive. An absent key has
 * no values. Multi-valued keys ({@code aws:TagKeys}, {@code kms:EncryptionContextKeys}, {@code
 * kms:ResourceAliases}) return several. Implementations must be safe to read from the evaluating
 * thread and should not allocate on lookup: they are consulted on every request.
 */
public interface ConditionContext {
  /** The values of {@code key} (case-insensitive name); empty when the request has no such key. */
  List<String> values(String key);

  /** A context copied from {@code values}; later changes to the map do not show. */
  static ConditionContext of(Map<String, List<String>> values) {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    values.forEach((key, list) -> {
      List<String> existing = copy.get(key);
      if (existing == null) {
        copy.put(key, List.copyOf(list));
      } else {
        // Two spellings of one key: the request carries the union of both.
        copy.put(key, Stream.concat(existing.stream(), list.stream()).toList());
      }
    });
    return new MapConditionContext(copy);
  }

  /** A context with no keys at all. */
  static ConditionContext empty() {
    return MapConditionContext.EMPTY;
  }
}
