package dev.trent.store;

/**
 * Reads and writes in one transaction; committed durably when the callback returns normally,
 * rolled back when it throws. Valid only inside the callback that received it.
 */
public interface WriteTransaction extends ReadTransaction {
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
}
