package dev.trent.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Rows for contract tests. Instants carry millisecond precision, the precision every store must
 * keep; key ids are UUIDs like real ones, so their order is the same under any collation.
 */
public final class StoreFixtures {
  public static final String ACCOUNT = "111122223333";
  public static final String OTHER_ACCOUNT = "444455556666";
  public static final String REGION = "us-east-1";
  public static final String OTHER_REGION = "eu-west-1";
  public static final Instant CREATED = Instant.parse("2026-11-28T10:15:30.123Z");
  public static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[]}";

  private StoreFixtures() {}

  /** A deterministic, unordered key id: the n-th key of a test. */
  public static String keyId(int n) {
    return UUID.nameUUIDFromBytes(("key-" + n).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** A 64-hex-digit key material id, like KMS's {@code KeyMaterialId}. */
  public static String materialId(int n) {
    return String.format("%064x", n);
  }

  /** An enabled symmetric key of {@link #ACCOUNT} in {@link #REGION}, version 1. */
  public static StoredKey key(String keyId) {
    return key(keyId, ACCOUNT, REGION);
  }

  public static StoredKey key(String keyId, String accountId, String region) {
    return new StoredKey(keyId, accountId, region, "", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT",
        "AWS_KMS", "Enabled", CREATED, null, null, POLICY, materialId(1), 1);
  }

  /** A key pending deletion at {@code deletionDate}. */
  public static StoredKey pendingDeletion(String keyId, String accountId, String region,
      Instant deletionDate) {
    return key(keyId, accountId, region).withState("PendingDeletion", deletionDate, 7);
  }

  public static StoredMaterial material(String keyId, String materialId, byte[] wrapped) {
    return new StoredMaterial(keyId, materialId, wrapped, CREATED);
  }

  public static StoredAlias alias(String aliasName, String targetKeyId) {
    return alias(ACCOUNT, REGION, aliasName, targetKeyId);
  }

  public static StoredAlias alias(String accountId, String region, String aliasName,
      String targetKeyId) {
    return new StoredAlias(accountId, region, aliasName, targetKeyId, CREATED, CREATED);
  }

  public static StoredTag tag(String keyId, String tagKey, String tagValue) {
    return new StoredTag(keyId, tagKey, tagValue);
  }
}
