package dev.trent.store;

import java.time.Instant;
import java.util.List;

/**
 * Reads and writes in one transaction; committed durably when the callback returns normally,
 * rolled back when it throws. Valid only inside the callback that received it.
 */
public interface WriteTransaction extends ReadTransaction, IdentityWrites {
  /** @throws StoreConflictException when the key id exists */
  void insertKey(StoredKey key);

  /**
   * Replaces the row if its stored version equals {@code key.version()}; the stored version becomes
   * one higher.
   *
   * @throws StoreConflictException when the row changed or vanished since it was read
   */
  void updateKey(StoredKey key);

  /** Deletes a key with its materials, aliases and tags, and remembers that its id was deleted. */
  void deleteKey(String keyId);

  /** @throws StoreConflictException when that material id exists for the key */
  void insertMaterial(StoredMaterial material);

  /** @throws StoreConflictException when the name is taken in that account and region */
  void insertAlias(StoredAlias alias);

  void updateAlias(StoredAlias alias);

  void deleteAlias(String accountId, String region, String aliasName);

  /** Inserts or replaces the tag with this key. */
  void putTag(StoredTag tag);

  void deleteTag(String keyId, String tagKey);

  /**
   * Appends a step to the key's material history.
   *
   * @throws StoreConflictException when that sequence exists for the key: someone else rotated
   */
  void insertRotation(StoredRotation rotation);

  /** Enables automatic rotation, or replaces its period and next date. */
  void putRotationSchedule(StoredRotationSchedule schedule);

  /** Disables automatic rotation; nothing happens when it is not enabled. */
  void deleteRotationSchedule(String keyId);

  /**
   * Moves the next rotation date from {@code expectedNext} to {@code newNext} if it still is
   * {@code expectedNext}: the claim that makes a due rotation run once, even when several nodes
   * share the store.
   *
   * @return false when the schedule changed or vanished since it was read
   */
  boolean advanceRotationSchedule(String keyId, Instant expectedNext, Instant newNext);

  /** @throws StoreConflictException when the token id exists */
  void insertImportToken(StoredImportToken token);

  /**
   * Records an imported material of the key, replacing what was recorded for that material.
   *
   * @throws StoreConflictException when it is pending rotation and another material already is
   */
  void putImportedMaterial(StoredImport imported);

  /**
   * Deletes one imported material of the key: the record and the wrapped material. Ciphertexts
   * under it decrypt again once the same material is imported again.
   *
   * @return false when the key held no such imported material
   */
  boolean deleteImportedMaterial(String keyId, String materialId);

  /**
   * Records each use unless a later one of its key is recorded already (usage arrives from several
   * nodes and batches out of order). A use of a key that no longer exists is ignored.
   */
  void recordUsages(List<StoredKeyUsage> uses);

  /** @throws StoreConflictException when the grant id exists */
  void insertGrant(StoredGrant grant);

  /** @return false when the key had no such grant */
  boolean deleteGrant(String keyId, String grantId);
}
