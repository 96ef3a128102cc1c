package dev.trent.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads within one consistent snapshot. Valid only inside the callback that received it. */
public interface ReadTransaction extends IdentityReads {
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

  /** The key's automatic-rotation schedule, empty when automatic rotation is disabled. */
  Optional<StoredRotationSchedule> rotationSchedule(String keyId);

  /** The key's material history ordered by sequence, strictly after {@code afterSequence}. */
  List<StoredRotation> rotations(String keyId, long afterSequence, int limit);

  /** The highest sequence of the key's material history, or -1 when it has none. */
  long latestRotationSequence(String keyId);

  /** How many rotations of this type ({@code AUTOMATIC}, {@code ON_DEMAND}) the key has had. */
  int rotationCount(String keyId, String rotationType);

  /**
   * Ids of Enabled keys whose next automatic rotation is at or before {@code now}, earliest first.
   * Keys in other states wait: AWS rotates a key that was due while disabled once it is enabled.
   */
  List<String> keysDueForRotation(Instant now, int limit);

  Optional<StoredImportToken> importToken(String tokenId);

  /** The import of the key's current material; empty when that material is not imported. */
  Optional<StoredImport> importedMaterial(String keyId);

  /** Every imported material the key holds now (current, earlier, pending rotation), by id. */
  List<StoredImport> importedMaterials(String keyId);

  /** Ids of keys with imported material expiring at or before {@code now}, earliest first. */
  List<String> keysDueForExpiry(Instant now, int limit);

  Optional<StoredKeyUsage> lastUsage(String keyId);

  /** When the store began tracking key usage: the migration that introduced it. */
  Instant usageTrackingStart();

  /**
   * The number of keys of every (key state, key spec) pair that has at least one key, across all
   * accounts and regions, ordered by state then spec. One aggregate read, for metrics.
   */
  List<StoredKeyCount> keyCounts();

  /**
   * Keys holding imported material with a {@code ValidTo} (expiration model {@code
   * KEY_MATERIAL_EXPIRES}), in any account, region and state, each once with the earliest {@code
   * ValidTo} of its materials; earliest first, then by key id; at most {@code limit}. Includes
   * material already past its {@code ValidTo} that the scheduler has not yet expired.
   */
  List<StoredMaterialExpiry> expiringMaterials(int limit);

  /** A grant of the key by id; empty when the key has no such grant. */
  Optional<StoredGrant> grant(String keyId, String grantId);

  /** Grants of a key ordered by grant id, strictly after {@code afterGrantId} if given. */
  List<StoredGrant> grants(String keyId, String afterGrantId, int limit);

  /** Grants of a key created with this name, ordered by grant id. */
  List<StoredGrant> grantsNamed(String keyId, String name);

  /** How many grants the key has. */
  int grantCount(String keyId);

  /**
   * Grants on keys of one account and region whose retiring principal is exactly {@code
   * retiringPrincipal}, ordered by grant id, strictly after {@code afterGrantId} if given.
   */
  List<StoredGrant> retirableGrants(
      String accountId, String region, String retiringPrincipal, String afterGrantId, int limit);
}
