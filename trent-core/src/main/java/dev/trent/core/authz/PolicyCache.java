package dev.trent.core.authz;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.trent.policy.Policy;
import dev.trent.store.StoredKey;

/**
 * Parsed policies, so that a request evaluates an immutable tree instead of parsing JSON. Both
 * kinds are cached by their text, which alone decides the parsed tree (so an entry is never stale):
 * keys that share a policy, as every key created with the default one in an account does, share
 * one entry, and a hundred thousand keys used at random do not parse their policy on each request,
 * as a cache per key of this size would. Bounded; thread-safe.
 */
final class PolicyCache {
  private final Cache<String, Policy> keyPolicies;
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
    return keyPolicies.get(key.policy(), StoredPolicies::parseResource);
  }

  Policy identityPolicy(String json) {
    return identityPolicies.get(json, StoredPolicies::parseIdentity);
  }
}
