package dev.trent.core.authz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A grant's encryption-context constraints (CreateGrant's Constraints): the request's context must
 * equal {@code exact} (EncryptionContextEquals), and contain every pair of {@code subset} (EncryptionContextSubset). Either may be null.
 * Stored as a small JSON document.
 */
public record GrantConstraint(Map<String, String> subset, Map<String, String> exact) {
  private static final ObjectMapper JSON = new ObjectMapper();
  public static final GrantConstraint NONE = new GrantConstraint(null, null);

  public GrantConstraint {
    subset = subset == null ? null : Map.copyOf(subset);
    exact = exact == null ? null : Map.copyOf(exact);
  }

  public boolean isNone() {
    return subset == null && exact == null;
  }

  /**
   * Whether a request with {@code context} satisfies the constraint. A request of an operation
   * without an encryption context (null) satisfies it: AWS applies constraints only to the
   * cryptographic operations that take one.
   */
  public boolean allows(Map<String, String> context) {
    if (context == null) {
      return true;
    }
    if (exact != null && !exact.equals(context)) {
      return false;
    }
    return subset == null || context.entrySet().containsAll(subset.entrySet());
  }

  /**
   * Whether {@code narrower} is at least as strict as this constraint: every request it allows,
   * this one allows too. An exact context must be kept; a subset must be kept or contained in
   * the narrower constraint's pairs.
   */
  public boolean admits(GrantConstraint narrower) {
    if (exact != null && !exact.equals(narrower.exact)) {
      return false;
    }
    if (subset == null) {
      return true;
    }
    boolean bySubset = narrower.subset != null && narrower.subset.entrySet().containsAll(subset.entrySet());
    boolean byExact = narrower.exact != null && narrower.exact.entrySet().containsAll(subset.entrySet());
    return bySubset || byExact;
  }

  /** The stored form; null for no constraint. */
  public String toJson() {
    if (isNone()) {
      return null;
    }
    ObjectNode root = JSON.createObjectNode();
    if (subset != null) {
      root.set("EncryptionContextSubset", JSON.valueToTree(new java.util.TreeMap<>(subset)));
    }
    if (exact != null) {
      root.set("EncryptionContextEquals", JSON.valueToTree(new java.util.TreeMap<>(exact)));
    }
    return root.toString();
  }

  public static GrantConstraint fromJson(String json) {
    if (json == null) {
      return NONE;
    }
    try {
      JsonNode root = JSON.readTree(json);
      return new GrantConstraint(map(root.get("EncryptionContextSubset")),
          map(root.get("EncryptionContextEquals")));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored grant constraint is not JSON", e);
    }
  }

  private static Map<String, String> map(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }
}
