package dev.trent.store.jdbc;

import dev.trent.store.StoreChange;
import dev.trent.store.StoredAccessKey;
import dev.trent.store.StoredAccount;
import dev.trent.store.StoredInlinePolicy;
import dev.trent.store.StoredManagedPolicy;
import dev.trent.store.StoredRole;
import dev.trent.store.StoredUser;
import dev.trent.store.StoredAlias;
import dev.trent.store.StoredGrant;
import dev.trent.store.StoredImport;
import dev.trent.store.StoredImportToken;
import dev.trent.store.StoredKey;
import dev.trent.store.StoredKeyUsage;
import dev.trent.store.StoredMaterial;
import dev.trent.store.StoredRotation;
import dev.trent.store.StoredRotationSchedule;
import dev.trent.store.StoredTag;
import dev.trent.store.WriteTransaction;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A read-write transaction on any SQL database. Besides writing, it notes every change a cache
 * may hold ({@link #changes()}), which the store publishes once the transaction has committed.
 * Reading a key row locks it until the end of the transaction where the dialect has row locks, so
 * a read-check-write of one key never interleaves with another node's.
 */
public final class JdbcWrites extends JdbcReads implements WriteTransaction {
  private final Set<StoreChange> changes = new LinkedHashSet<>();

  public JdbcWrites(Connection connection, SqlDialect dialect) {
    super(connection, dialect);
  }

  /** What this transaction changed that caches may hold, in the order first changed. */
  public List<StoreChange> changes() {
    return new ArrayList<>(changes);
  }

  @Override
  public Optional<StoredKey> key(String keyId) {
    return keys.key(keyId, true);
  }

  @Override
  public void insertKey(StoredKey key) {
    keys.insertKey(key);
  }

  @Override
  public void updateKey(StoredKey key) {
    keys.updateKey(key);
    changes.add(StoreChange.key(key.keyId()));
  }

  @Override
  public void deleteKey(String keyId) {
    for (StoredAlias a : aliases.aliasesOf(keyId)) {
      changes.add(StoreChange.alias(a.accountId(), a.region(), a.aliasName()));
    }
    keys.deleteKey(keyId);
    changes.add(StoreChange.key(keyId));
    changes.add(StoreChange.grants(keyId));
  }

  @Override
  public void insertMaterial(StoredMaterial material) {
    keys.insertMaterial(material);
  }

  @Override
  public void insertAlias(StoredAlias alias) {
    aliases.insertAlias(alias);
    changes.add(StoreChange.alias(alias.accountId(), alias.region(), alias.aliasName()));
  }

  @Override
  public void updateAlias(StoredAlias alias) {
    aliases.updateAlias(alias);
    changes.add(StoreChange.alias(alias.accountId(), alias.region(), alias.aliasName()));
  }

  @Override
  public void deleteAlias(String accountId, String region, String aliasName) {
    aliases.deleteAlias(accountId, region, aliasName);
    changes.add(StoreChange.alias(accountId, region, aliasName));
  }

  @Override
  public void putTag(StoredTag tag) {
    tags.putTag(tag);
  }

  @Override
  public void deleteTag(String keyId, String tagKey) {
    tags.deleteTag(keyId, tagKey);
  }

  @Override
  public void insertRotation(StoredRotation rotation) {
    rotations.insertRotation(rotation);
  }

  @Override
  public void putRotationSchedule(StoredRotationSchedule schedule) {
    rotations.putRotationSchedule(schedule);
  }

  @Override
  public void deleteRotationSchedule(String keyId) {
    rotations.deleteRotationSchedule(keyId);
  }

  @Override
  public boolean advanceRotationSchedule(String keyId, Instant expectedNext, Instant newNext) {
    return rotations.advanceRotationSchedule(keyId, expectedNext, newNext);
  }

  @Override
  public void insertImportToken(StoredImportToken token) {
    imports.insertImportToken(token);
  }

  @Override
  public void putImportedMaterial(StoredImport imported) {
    imports.putImportedMaterial(imported);
  }

  @Override
  public boolean deleteImportedMaterial(String keyId, String materialId) {
    boolean deleted = imports.deleteImportedMaterial(keyId, materialId);
    if (deleted) {
      changes.add(StoreChange.key(keyId));
    }
    return deleted;
  }

  @Override
  public void recordUsages(List<StoredKeyUsage> uses) {
    this.usage.recordUsages(uses);
  }

  @Override
  public void insertGrant(StoredGrant grant) {
    grants.insert(grant);
    changes.add(StoreChange.grants(grant.keyId()));
  }

  @Override
  public boolean deleteGrant(String keyId, String grantId) {
    boolean deleted = grants.delete(keyId, grantId);
    if (deleted) {
      changes.add(StoreChange.grants(keyId));
    }
    return deleted;
  }

  @Override
  public void putAccount(StoredAccount account) {
    identities.putAccount(account);
    changes.add(StoreChange.IDENTITIES);
  }

  @Override
  public void insertUser(StoredUser user) {
    identities.insertUser(user);
    changes.add(StoreChange.IDENTITIES);
  }

  @Override
  public void deleteUser(String accountId, String userId) {
    identities.deleteUser(accountId, userId);
    changes.add(StoreChange.IDENTITIES);
  }

  @Override
  public void insertRole(StoredRole role) {
    identities.insertRole(role);
    changes.add(StoreChange.IDENTITIES);
  }

  @Override
  public void deleteRole(String accountId, String roleId) {
    identities.deleteRole(accountId, roleId);
    changes.add(StoreChange.IDENTITIES);
  }

  @Override
  public void insertAccessKey(StoredAccessKey key) {
    identities.insertAccessKey(key);
    changes.add(StoreChange.IDENTITIES);
  }

  @Override
  public boolean updateAccessKeyStatus(String accessKeyId, String status) {
    boolean result = identities.updateAccessKeyStatus(accessKeyId, status);
    if (result) {
      changes.add(StoreChange.IDENTITIES);
    }
    return result;
  }

  @Override
  public boolean deleteAccessKey(String accessKeyId) {
    boolean result = identities.deleteAccessKey(accessKeyId);
    if (result) {
      changes.add(StoreChange.IDENTITIES);
    }
    return result;
  }

  @Override
  public int deleteExpiredSessions(Instant now) {
    int result = identities.deleteExpiredSessions(now);
    if (result > 0) {
      changes.add(StoreChange.IDENTITIES);
    }
    return result;
  }

  @Override
  public void putIdentityTag(String ownerId, String tagKey, String tagValue) {
    identities.putIdentityTag(ownerId, tagKey, tagValue);
    changes.add(StoreChange.IDENTITIES);
  }

  @Override
  public void putInlinePolicy(StoredInlinePolicy policy) {
    identities.putInlinePolicy(policy);
    changes.add(StoreChange.IDENTITIES);
  }

  @Override
  public boolean deleteInlinePolicy(String ownerId, String policyName) {
    boolean result = identities.deleteInlinePolicy(ownerId, policyName);
    if (result) {
      changes.add(StoreChange.IDENTITIES);
    }
    return result;
  }

  @Override
  public void insertManagedPolicy(StoredManagedPolicy policy) {
    identities.insertManagedPolicy(policy);
    changes.add(StoreChange.IDENTITIES);
  }

  @Override
  public boolean deleteManagedPolicy(String policyArn) {
    boolean result = identities.deleteManagedPolicy(policyArn);
    if (result) {
      changes.add(StoreChange.IDENTITIES);
    }
    return result;
  }

  @Override
  public void attachPolicy(String ownerId, String policyArn) {
    identities.attachPolicy(ownerId, policyArn);
    changes.add(StoreChange.IDENTITIES);
  }

  @Override
  public boolean detachPolicy(String ownerId, String policyArn) {
    boolean result = identities.detachPolicy(ownerId, policyArn);
    if (result) {
      changes.add(StoreChange.IDENTITIES);
    }
    return result;
  }
}
