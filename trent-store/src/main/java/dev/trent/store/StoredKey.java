package dev.trent.store;

import java.time.Instant;

/**
 * A KMS key's metadata row. Enum-valued columns are the API's names (e.g. {@code Enabled},
 * {@code SYMMETRIC_DEFAULT}); the store does not interpret them.
 *
 * @param version incremented on every update, for optimistic checks and cache validation
 */
public record StoredKey(
    String keyId,
    String accountId,
    String region,
    String description,
    String keySpec,
    String keyUsage,
    String origin,
    String keyState,
    Instant creationDate,
    Instant deletionDate,
    Integer pendingWindowInDays,
    String policy,
    String currentMaterialId,
    long version) {

  public StoredKey withState(String newState, Instant newDeletionDate, Integer newWindow) {
    return new StoredKey(keyId, accountId, region, description, keySpec, keyUsage, origin, newState,
        creationDate, newDeletionDate, newWindow, policy, currentMaterialId, version);
  }

  public StoredKey withDescription(String newDescription) {
    return new StoredKey(keyId, accountId, region, newDescription, keySpec, keyUsage, origin, keyState,
        creationDate, deletionDate, pendingWindowInDays, policy, currentMaterialId, version);
  }

  /** The same key under another key policy. */
  public StoredKey withPolicy(String newPolicy) {
    return new StoredKey(keyId, accountId, region, description, keySpec, keyUsage, origin, keyState,
        creationDate, deletionDate, pendingWindowInDays, newPolicy, currentMaterialId, version);
  }

  /** The same key with another current material: a rotation or an import. */
  public StoredKey withCurrentMaterialId(String materialId) {
    return new StoredKey(keyId, accountId, region, description, keySpec, keyUsage, origin, keyState,
        creationDate, deletionDate, pendingWindowInDays, policy, materialId, version);
  }

  @Override
  public String toString() {
    return "StoredKey[" + keyId + ", " + accountId + ", " + region + ", " + keyState + "]";
  }
}
