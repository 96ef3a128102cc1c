package dev.trent.store;

import java.time.Instant;

/**
 * The writes of IAM identities. Part of {@link WriteTransaction}; a uniqueness violation (an id,
 * or a name taken regardless of case) is a {@link StoreConflictException}.
 */
public interface IdentityWrites extends IdentityReads {
  /** Records an account; nothing happens when it exists. */
  void putAccount(StoredAccount account);

  /** @throws StoreConflictException when the name is taken in the account or the id exists */
  void insertUser(StoredUser user);

  /** Deletes the user's row and its tags; its keys, policies and attachments must be gone first. */
  void deleteUser(String accountId, String userId);

  /** @throws StoreConflictException when the name is taken in the account or the id exists */
  void insertRole(StoredRole role);

  /**
   * Deletes the role's row, its tags and its sessions' access keys; its policies and attachments
   * must be gone first.
   */
  void deleteRole(String accountId, String roleId);

  /** @throws StoreConflictException when the access key id exists */
  void insertAccessKey(StoredAccessKey key);

  /** @return false when there is no such key */
  boolean updateAccessKeyStatus(String accessKeyId, String status);

  /** @return false when there is no such key */
  boolean deleteAccessKey(String accessKeyId);

  /** Deletes temporary keys that expired at or before {@code now}; returns how many. */
  int deleteExpiredSessions(Instant now);

  /** Inserts or replaces the tag of a user or role. */
  void putIdentityTag(String ownerId, String tagKey, String tagValue);

  /** Inserts or replaces the inline policy of that name. */
  void putInlinePolicy(StoredInlinePolicy policy);

  /** @return false when there is no such policy */
  boolean deleteInlinePolicy(String ownerId, String policyName);

  /** @throws StoreConflictException when the ARN (regardless of case) or the id exists */
  void insertManagedPolicy(StoredManagedPolicy policy);

  /** @return false when there is no such policy */
  boolean deleteManagedPolicy(String policyArn);

  /** Attaches; nothing happens when it is attached already. */
  void attachPolicy(String ownerId, String policyArn);

  /** @return false when it was not attached */
  boolean detachPolicy(String ownerId, String policyArn);
}
