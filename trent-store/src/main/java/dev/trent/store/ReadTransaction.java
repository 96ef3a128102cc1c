package dev.trent.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads within one consistent snapshot. Valid only inside the callback that received it. */
public interface ReadTransaction {
  Optional<StoredKey> key(String keyId);

  /** Keys of one account and region ordered by key id, strictly after {@code afterKeyId} if given. */
  List<StoredKey> keys(String accountId, String region, String afterKeyId, int limit);

  Optional<StoredMaterial> material(String keyId, String materialId);

  Optional<StoredAlias> alias(String accountId, String region, String aliasName);

  /** Aliases ordered by name, optionally of one key, strictly after {@code afterName} if given. */
  List<StoredAlias> aliases(
      String accountId, String region, String targetKeyId, String afterName, int limit);

  /** Tags of a key ordered by tag key. */
  List<StoredTag> tags(String keyId);

  /** True when a key with this id existed and was deleted: key ids are never reused. */
  boolean wasDeleted(String keyId);

  /** Ids of keys whose deletion date is at or before {@code now}. */
  List<String> keysDueForDeletion(Instant now, int limit);
}
