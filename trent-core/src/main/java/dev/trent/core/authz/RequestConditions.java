package dev.trent.core.authz;

import dev.trent.core.key.Arns;
import dev.trent.policy.ConditionContext;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredAlias;
import dev.trent.store.StoredKey;
import dev.trent.store.StoredTag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The condition keys of one authorization check, in layers: the request's global keys and request
 * facts (shared by every check of a request), the facts of the key checked, and values read only
 * when a policy asks for them (the key's tags and aliases, the caller's tags). Names are matched
 * case-insensitively. Used on the evaluating thread only, inside the transaction that read the key.
 */
final class RequestConditions implements ConditionContext {
  private final Map<String, List<String>> request;
  private final Map<String, List<String>> check;
  private final Supplier<Map<String, String>> principalTags;
  private final ReadTransaction tx;
  private final StoredKey key;
  private Map<String, List<String>> resourceTags;
  private List<String> resourceAliases;

  private RequestConditions(Map<String, List<String>> request, Map<String, List<String>> check,
      Supplier<Map<String, String>> principalTags, ReadTransaction tx, StoredKey key) {
    this.request = request;
    this.check = check;
    this.principalTags = principalTags;
    this.tx = tx;
    this.key = key;
  }

  /** Conditions of a check on no key. */
  static RequestConditions forAccount(Map<String, List<String>> request, Map<String, List<String>> check,
      Supplier<Map<String, String>> principalTags) {
    return new RequestConditions(request, check, principalTags, null, null);
  }

  /** Conditions of a check on {@code key}, read in {@code tx}. */
  static RequestConditions forKey(Map<String, List<String>> request, Map<String, List<String>> check,
      Supplier<Map<String, String>> principalTags, ReadTransaction tx, StoredKey key) {
    return new RequestConditions(request, check, principalTags, tx, key);
  }

  /** The facts of a key every check on it has: kms:KeySpec, kms:KeyUsage, kms:KeyOrigin, ... */
  static void keyFacts(Map<String, List<String>> out, StoredKey key) {
    put(out, "kms:KeySpec", key.keySpec());
    put(out, "kms:CustomerMasterKeySpec", key.keySpec());
    put(out, "kms:KeyUsage", key.keyUsage());
    put(out, "kms:CustomerMasterKeyUsage", key.keyUsage());
    put(out, "kms:KeyOrigin", key.origin());
    put(out, "kms:KeyMaterialOrigin", key.origin());
    put(out, "kms:MultiRegion", "false");
  }

  /** kms:EncryptionContext:<key> for each pair and kms:EncryptionContextKeys. */
  static void encryptionContext(Map<String, List<String>> out, Map<String, String> context) {
    if (context == null) {
      return;
    }
    context.forEach((k, v) -> put(out, "kms:EncryptionContext:" + k, v));
    out.put("kms:encryptioncontextkeys", List.copyOf(context.keySet()));
  }

  static void put(Map<String, List<String>> out, String key, String value) {
    if (value != null) {
      out.put(key.toLowerCase(Locale.ROOT), List.of(value));
    }
  }

  @Override
  public List<String> values(String name) {
    String k = name.toLowerCase(Locale.ROOT);
    List<String> v = check.get(k);
    if (v == null) {
      v = request.get(k);
    }
    if (v != null) {
      return v;
    }
    if (k.startsWith("aws:principaltag/")) {
      return lookupTag(principalTags.get(), name.substring("aws:PrincipalTag/".length()));
    }
    if (key != null && k.startsWith("aws:resourcetag/")) {
      return resourceTags().getOrDefault(k, List.of());
    }
    if (key != null && k.equals("kms:resourcealiases")) {
      return resourceAliases();
    }
    return List.of();
  }

  private static List<String> lookupTag(Map<String, String> tags, String tagKey) {
    // Tag keys in condition keys are case-insensitive, as in AWS.
    for (Map.Entry<String, String> e : tags.entrySet()) {
      if (e.getKey().equalsIgnoreCase(tagKey)) {
        return List.of(e.getValue());
      }
    }
    return List.of();
  }

  private Map<String, List<String>> resourceTags() {
    if (resourceTags == null) {
      Map<String, List<String>> tags = new HashMap<>();
      for (StoredTag t : tx.tags(key.keyId())) {
        tags.put(("aws:ResourceTag/" + t.tagKey()).toLowerCase(Locale.ROOT), List.of(t.tagValue()));
      }
      resourceTags = tags;
    }
    return resourceTags;
  }

  private List<String> resourceAliases() {
    if (resourceAliases == null) {
      List<String> names = new ArrayList<>();
      // AWS evaluates at most 50 aliases of a key for kms:ResourceAliases.
      for (StoredAlias a : tx.aliases(key.accountId(), key.region(), key.keyId(), null, 50)) {
        names.add(a.aliasName());
      }
      resourceAliases = List.copyOf(names);
    }
    return resourceAliases;
  }

  /** The key's ARN, the resource of every check on it. */
  static String arnOf(StoredKey key) {
    return Arns.key(key.region(), key.accountId(), key.keyId());
  }
}
