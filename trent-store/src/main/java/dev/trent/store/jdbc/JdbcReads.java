package dev.trent.store.jdbc;

import dev.trent.store.ReadTransaction;
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
import dev.trent.store.StoredKeyCount;
import dev.trent.store.StoredKeyUsage;
import dev.trent.store.StoredMaterial;
import dev.trent.store.StoredMaterialExpiry;
import dev.trent.store.StoredRotation;
import dev.trent.store.StoredRotationSchedule;
import dev.trent.store.StoredTag;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only transaction on any SQL database: each read goes to the query class of its record
 * kind. It is not a {@link dev.trent.store.WriteTransaction}, so callers (caches) can tell a read
 * that may be served from memory from one that must see the row it is about to change.
 */
public class JdbcReads implements ReadTransaction {
  final Sql sql;
  final KeyQueries keys;
  final AliasQueries aliases;
  final TagQueries tags;
  final RotationQueries rotations;
  final ImportQueries imports;
  final UsageQueries usage;
  final GrantQueries grants;
  final IdentityQueries identities;

  public JdbcReads(Connection connection, SqlDialect dialect) {
    this(new Sql(connection, dialect));
  }

  /** A read transaction whose connection is taken when its first statement runs. */
  public JdbcReads(ReadConnection connection, SqlDialect dialect) {
    this(new Sql(connection, dialect));
  }

  private JdbcReads(Sql sql) {
    this.sql = sql;
    this.keys = new KeyQueries(sql);
    this.aliases = new AliasQueries(sql);
    this.tags = new TagQueries(sql);
    this.rotations = new RotationQueries(sql);
    this.imports = new ImportQueries(sql);
    this.usage = new UsageQueries(sql);
    this.grants = new GrantQueries(sql);
    this.identities = new IdentityQueries(sql);
  }

  @Override
  public Optional<StoredKey> key(String keyId) {
    return keys.key(keyId, false);
  }

  @Override
  public List<StoredKey> keys(String accountId, String region, String afterKeyId, int limit) {
    return keys.keys(accountId, region, afterKeyId, limit);
  }

  @Override
  public Optional<StoredMaterial> material(String keyId, String materialId) {
    return keys.material(keyId, materialId);
  }

  @Override
  public Optional<StoredAlias> alias(String accountId, String region, String aliasName) {
    return aliases.alias(accountId, region, aliasName);
  }

  @Override
  public List<StoredAlias> aliases(
      String accountId, String region, String targetKeyId, String afterName, int limit) {
    return aliases.aliases(accountId, region, targetKeyId, afterName, limit);
  }

  @Override
  public List<StoredTag> tags(String keyId) {
    return tags.tags(keyId);
  }

  @Override
  public boolean wasDeleted(String keyId) {
    return keys.wasDeleted(keyId);
  }

  @Override
  public List<String> keysDueForDeletion(Instant now, int limit) {
    return keys.keysDueForDeletion(now, limit);
  }

  @Override
  public Optional<StoredRotationSchedule> rotationSchedule(String keyId) {
    return rotations.rotationSchedule(keyId);
  }

  @Override
  public List<StoredRotation> rotations(String keyId, long afterSequence, int limit) {
    return rotations.rotations(keyId, afterSequence, limit);
  }

  @Override
  public long latestRotationSequence(String keyId) {
    return rotations.latestRotationSequence(keyId);
  }

  @Override
  public int rotationCount(String keyId, String rotationType) {
    return rotations.rotationCount(keyId, rotationType);
  }

  @Override
  public List<String> keysDueForRotation(Instant now, int limit) {
    return rotations.keysDueForRotation(now, limit);
  }

  @Override
  public Optional<StoredImportToken> importToken(String tokenId) {
    return imports.importToken(tokenId);
  }

  @Override
  public Optional<StoredImport> importedMaterial(String keyId) {
    return imports.importedMaterial(keyId);
  }

  @Override
  public List<StoredImport> importedMaterials(String keyId) {
    return imports.importedMaterials(keyId);
  }

  @Override
  public List<String> keysDueForExpiry(Instant now, int limit) {
    return imports.keysDueForExpiry(now, limit);
  }

  @Override
  public Optional<StoredKeyUsage> lastUsage(String keyId) {
    return usage.lastUsage(keyId);
  }

  @Override
  public Instant usageTrackingStart() {
    return usage.usageTrackingStart();
  }

  @Override
  public List<StoredKeyCount> keyCounts() {
    return new MonitoringQueries(sql).keyCounts();
  }

  @Override
  public List<StoredMaterialExpiry> expiringMaterials(int limit) {
    return new MonitoringQueries(sql).expiringMaterials(limit);
  }

  @Override
  public Optional<StoredGrant> grant(String keyId, String grantId) {
    return grants.grant(keyId, grantId);
  }

  @Override
  public List<StoredGrant> grants(String keyId, String afterGrantId, int limit) {
    return grants.grants(keyId, afterGrantId, limit);
  }

  @Override
  public List<StoredGrant> grantsNamed(String keyId, String name) {
    return grants.grantsNamed(keyId, name);
  }

  @Override
  public int grantCount(String keyId) {
    return grants.grantCount(keyId);
  }

  @Override
  public List<StoredGrant> retirableGrants(
      String accountId, String region, String retiringPrincipal, String afterGrantId, int limit) {
    return grants.retirableGrants(accountId, region, retiringPrincipal, afterGrantId, limit);
  }

  @Override
  public Optional<StoredAccount> account(String accountId) {
    return identities.account(accountId);
  }

  @Override
  public Optional<StoredUser> user(String accountId, String userName) {
    return identities.user(accountId, userName);
  }

  @Override
  public List<StoredUser> users(String accountId, String pathPrefix, String afterName, int limit) {
    return identities.users(accountId, pathPrefix, afterName, limit);
  }

  @Override
  public Optional<StoredRole> role(String accountId, String roleName) {
    return identities.role(accountId, roleName);
  }

  @Override
  public Optional<StoredAccessKey> accessKey(String accessKeyId) {
    return identities.accessKey(accessKeyId);
  }

  @Override
  public List<StoredAccessKey> accessKeys(String ownerId) {
    return identities.accessKeys(ownerId);
  }

  @Override
  public Map<String, String> identityTags(String ownerId) {
    return identities.identityTags(ownerId);
  }

  @Override
  public Optional<StoredInlinePolicy> inlinePolicy(String ownerId, String policyName) {
    return identities.inlinePolicy(ownerId, policyName);
  }

  @Override
  public List<StoredInlinePolicy> inlinePolicies(String ownerId) {
    return identities.inlinePolicies(ownerId);
  }

  @Override
  public Optional<StoredManagedPolicy> managedPolicy(String policyArn) {
    return identities.managedPolicy(policyArn);
  }

  @Override
  public List<String> attachedPolicies(String ownerId) {
    return identities.attachedPolicies(ownerId);
  }

  @Override
  public int attachmentCount(String policyArn) {
    return identities.attachmentCount(policyArn);
  }
}
