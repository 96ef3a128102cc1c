package dev.trent.core.authz;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.trent.policy.Policy;
import dev.trent.store.StoredKey;

/**
 * Parsed policies, so that a request evaluates an immutable tree instead of parsing JSON. Key
 * policies are cached by key id and version (a key's version changes with every update, so a
 * cached entry can never be stale); identity policies by their text. Bounded; thread-safe.
 */
final class PolicyCache {
  private record KeyVersion(String keyId, long version) {}

  private final Cache<KeyVersion, Policy> keyPolicies;
  private final Cache<String, Policy> identityPolicies;

  PolicyCache(int maximumSize) {
    this.keyPolicies = Caffeine.newBuilder().maximumSize(maximumSize).build();
    this.identityPolicies = Caffeine.newBuilder().maximumSize(maximumSize).build();
  }

  /**
   * The key's policy. A stored policy passed validation when it was written; should it fail to
   * parse now (a policy written before the engine existed), it is a policy that allows nothing.
   */
  Policy keyPolicy(StoredKey key) {
    return keyPolicies.get(new KeyVersion(key.keyId(), key.version()),
        kv -> StoredPolicies.parseResource(key.policy()));
  }

  Policy identityPolicy(String json) {
    return identityPolicies.get(json, StoredPolicies::parseIdentity);
  }
}
