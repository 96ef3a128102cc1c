package dev.trent.store;

import static dev.trent.store.StoreFixtures.ACCOUNT;
import static dev.trent.store.StoreFixtures.CREATED;
import static dev.trent.store.StoreFixtures.OTHER_ACCOUNT;
import static dev.trent.store.StoreFixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * IAM identities: names unique per account regardless of case, every field back as written,
 * dependents keyed by the owner's unique id, sealed secrets byte for byte.
 */
public interface IdentitiesContract extends StoreUnderTest {
  String ALICE_ID = "AIDAALICE0000000001";
  String ROLE_ID = "AROAROLE00000000001";
  String POLICY_ARN = "arn:aws:iam::" + ACCOUNT + ":policy/team/Readers";

  static StoredUser user(String id, String account, String name, String path) {
    return new StoredUser(account, id, name, path, CREATED);
  }

  static StoredRole role(String id, String name) {
    return new StoredRole(ACCOUNT, id, name, "/svc/", POLICY, 3600, "the role", CREATED);
  }

  static StoredAccessKey longTerm(String keyId, String ownerId, byte[] sealed) {
    return new StoredAccessKey(keyId, ACCOUNT, ownerId, "arn:aws:iam::" + ACCOUNT + ":user/alice",
        "alice", StoredAccessKey.ACTIVE, sealed, null, null, CREATED);
  }

  static StoredAccessKey session(String keyId, Instant expiration) {
    return new StoredAccessKey(keyId, ACCOUNT, ROLE_ID,
        "arn:aws:sts::" + ACCOUNT + ":assumed-role/deployer/s1", null, StoredAccessKey.ACTIVE,
        new byte[] {1, 2, 3}, new byte[] {0, -1, 7}, expiration, CREATED);
  }

  default Optional<StoredAccount> storedAccount(String accountId) {
    return read(tx -> tx.account(accountId));
  }

  default Optional<StoredUser> storedUser(String accountId, String name) {
    return read(tx -> tx.user(accountId, name));
  }

  default List<StoredUser> listedUsers(String accountId, String prefix, String after, int limit) {
    return read(tx -> tx.users(accountId, prefix, after, limit));
  }

  default Optional<StoredRole> storedRole(String accountId, String name) {
    return read(tx -> tx.role(accountId, name));
  }

  default Optional<StoredAccessKey> storedAccessKey(String accessKeyId) {
    return read(tx -> tx.accessKey(accessKeyId));
  }

  default List<StoredAccessKey> storedAccessKeys(String ownerId) {
    return read(tx -> tx.accessKeys(ownerId));
  }

  default Map<String, String> storedIdentityTags(String ownerId) {
    return read(tx -> tx.identityTags(ownerId));
  }

  default Optional<StoredInlinePolicy> storedInlinePolicy(String ownerId, String name) {
    return read(tx -> tx.inlinePolicy(ownerId, name));
  }

  default List<StoredInlinePolicy> storedInlinePolicies(String ownerId) {
    return read(tx -> tx.inlinePolicies(ownerId));
  }

  default Optional<StoredManagedPolicy> storedManagedPolicy(String arn) {
    return read(tx -> tx.managedPolicy(arn));
  }

  default List<String> storedAttachments(String ownerId) {
    return read(tx -> tx.attachedPolicies(ownerId));
  }

  default int storedAttachmentCount(String arn) {
    return read(tx -> tx.attachmentCount(arn));
  }

  /** Runs one write and returns whether it reported a change. */
  default boolean changed(Function<WriteTransaction, Boolean> work) {
    return store().write(work);
  }

  default int removedSessions(Instant now) {
    return store().write(tx -> tx.deleteExpiredSessions(now));
  }

  @Test
  default void account_isKept_andPutTwiceIsHarmless() {
    write(tx -> {
      tx.putAccount(new StoredAccount(ACCOUNT, CREATED));
      tx.putAccount(new StoredAccount(ACCOUNT, CREATED.plusSeconds(5)));
    });
    assertThat(storedAccount(ACCOUNT)).contains(new StoredAccount(ACCOUNT, CREATED));
    assertThat(storedAccount(OTHER_ACCOUNT)).isEmpty();
  }

  @Test
  default void user_isFoundByNameRegardlessOfCase_onlyInItsAccount() {
    StoredUser alice = user(ALICE_ID, ACCOUNT, "Alice", "/eng/");
    write(tx -> tx.insertUser(alice));

    assertThat(storedUser(ACCOUNT, "alice")).contains(alice);
    assertThat(storedUser(ACCOUNT, "ALICE")).contains(alice);
    assertThat(storedUser(OTHER_ACCOUNT, "Alice")).isEmpty();
  }

  @Test
  default void userName_takenRegardlessOfCase_isAConflict() {
    write(tx -> tx.insertUser(user(ALICE_ID, ACCOUNT, "Alice", "/")));
    assertThatThrownBy(() -> write(tx -> tx.insertUser(user("AIDAOTHER", ACCOUNT, "ALICE", "/"))))
        .isInstanceOf(StoreConflictException.class);
    write(tx -> tx.insertUser(user("AIDAOTHER", OTHER_ACCOUNT, "ALICE", "/")));
    assertThat(storedUser(OTHER_ACCOUNT, "alice")).isPresent();
  }

  @Test
  default void users_areListedByName_filteredByPathPrefix_andPaged() {
    write(tx -> {
      tx.insertUser(user("AIDA3", ACCOUNT, "carol", "/ops/"));
      tx.insertUser(user("AIDA1", ACCOUNT, "alice", "/eng/"));
      tx.insertUser(user("AIDA2", ACCOUNT, "bob", "/eng/backend/"));
      tx.insertUser(user("AIDA4", OTHER_ACCOUNT, "dave", "/eng/"));
    });

    assertThat(listedUsers(ACCOUNT, "/", null, 10)).extracting(StoredUser::userName)
        .containsExactly("alice", "bob", "carol");
    assertThat(listedUsers(ACCOUNT, "/eng/", null, 10)).extracting(StoredUser::userName)
        .containsExactly("alice", "bob");
    assertThat(listedUsers(ACCOUNT, "/", "alice", 1)).extracting(StoredUser::userName)
        .containsExactly("bob");
  }

  @Test
  default void deleteUser_removesItAndItsTags() {
    write(tx -> {
      tx.insertUser(user(ALICE_ID, ACCOUNT, "alice", "/"));
      tx.putIdentityTag(ALICE_ID, "team", "a");
    });
    write(tx -> tx.deleteUser(ACCOUNT, ALICE_ID));
    assertThat(storedUser(ACCOUNT, "alice")).isEmpty();
    assertThat(storedIdentityTags(ALICE_ID)).isEmpty();
  }

  @Test
  default void role_comesBackWhole_andNamesAreUniqueRegardlessOfCase() {
    StoredRole role = role(ROLE_ID, "Deployer");
    write(tx -> tx.insertRole(role));
    assertThat(storedRole(ACCOUNT, "deployer")).contains(role);
    assertThatThrownBy(() -> write(tx -> tx.insertRole(role("AROAOTHER", "DEPLOYER"))))
        .isInstanceOf(StoreConflictException.class);
  }

  @Test
  default void deleteRole_removesItsSessionsAndTags() {
    write(tx -> {
      tx.insertRole(role(ROLE_ID, "deployer"));
      tx.putIdentityTag(ROLE_ID, "env", "prod");
      tx.insertAccessKey(session("ASIA1", CREATED.plusSeconds(3600)));
    });
    write(tx -> tx.deleteRole(ACCOUNT, ROLE_ID));
    assertThat(storedRole(ACCOUNT, "deployer")).isEmpty();
    assertThat(storedAccessKey("ASIA1")).isEmpty();
    assertThat(storedIdentityTags(ROLE_ID)).isEmpty();
  }

  @Test
  default void accessKeys_keepEveryByte_andAreListedByOwner() {
    byte[] sealed = {1, 0, -128, 127, 42};
    StoredAccessKey second = longTerm("AKIA2", ALICE_ID, sealed);
    StoredAccessKey first = longTerm("AKIA1", ALICE_ID, new byte[] {9});
    StoredAccessKey temporary = session("ASIA1", CREATED.plusSeconds(900));
    write(tx -> {
      tx.insertAccessKey(second);
      tx.insertAccessKey(first);
      tx.insertAccessKey(temporary);
    });

    assertThat(storedAccessKey("AKIA2")).contains(second);
    assertThat(storedAccessKey("AKIA2").orElseThrow().sealedSecret()).containsExactly(sealed);
    assertThat(storedAccessKey("ASIA1")).contains(temporary);
    assertThat(storedAccessKey("ASIA1").orElseThrow().temporary()).isTrue();
    assertThat(storedAccessKeys(ALICE_ID)).containsExactly(first, second);
  }

  @Test
  default void accessKeyId_existing_isAConflict() {
    write(tx -> tx.insertAccessKey(longTerm("AKIA1", ALICE_ID, new byte[] {1})));
    assertThatThrownBy(() -> write(tx -> tx.insertAccessKey(longTerm("AKIA1", "AIDAX", new byte[] {2}))))
        .isInstanceOf(StoreConflictException.class);
  }

  @Test
  default void accessKeyStatus_andDeletion_reportWhetherTheKeyExisted() {
    write(tx -> tx.insertAccessKey(longTerm("AKIA1", ALICE_ID, new byte[] {1})));

    assertThat(changed(tx -> tx.updateAccessKeyStatus("AKIA1", StoredAccessKey.INACTIVE))).isTrue();
    assertThat(storedAccessKey("AKIA1").orElseThrow().status()).isEqualTo("Inactive");
    assertThat(changed(tx -> tx.updateAccessKeyStatus("AKIA9", StoredAccessKey.INACTIVE))).isFalse();
    assertThat(changed(tx -> tx.deleteAccessKey("AKIA1"))).isTrue();
    assertThat(changed(tx -> tx.deleteAccessKey("AKIA1"))).isFalse();
    assertThat(storedAccessKey("AKIA1")).isEmpty();
  }

  @Test
  default void deleteExpiredSessions_removesOnlyExpiredTemporaryKeys() {
    write(tx -> {
      tx.insertAccessKey(session("ASIA1", CREATED.plusSeconds(60)));
      tx.insertAccessKey(session("ASIA2", CREATED.plusSeconds(7200)));
      tx.insertAccessKey(longTerm("AKIA1", ALICE_ID, new byte[] {1}));
    });
    assertThat(removedSessions(CREATED.plusSeconds(60))).isEqualTo(1);
    assertThat(storedAccessKey("ASIA1")).isEmpty();
    assertThat(storedAccessKey("ASIA2")).isPresent();
    assertThat(storedAccessKey("AKIA1")).isPresent();
  }

  @Test
  default void identityTags_areByTagKey_andPutReplacesTheValue() {
    write(tx -> {
      tx.putIdentityTag(ALICE_ID, "team", "a");
      tx.putIdentityTag(ALICE_ID, "Env", "dev");
      tx.putIdentityTag(ROLE_ID, "team", "b");
    });
    write(tx -> tx.putIdentityTag(ALICE_ID, "team", "c"));
    assertThat(storedIdentityTags(ALICE_ID)).containsExactly(
        Map.entry("Env", "dev"), Map.entry("team", "c"));
  }

  @Test
  default void inlinePolicies_arePutReplacedListedAndDeleted() {
    write(tx -> {
      tx.putInlinePolicy(new StoredInlinePolicy(ALICE_ID, "b", "{\"b\":1}"));
      tx.putInlinePolicy(new StoredInlinePolicy(ALICE_ID, "a", "{\"a\":1}"));
    });
    write(tx -> tx.putInlinePolicy(new StoredInlinePolicy(ALICE_ID, "b", "{\"b\":2}")));

    assertThat(storedInlinePolicies(ALICE_ID)).containsExactly(
        new StoredInlinePolicy(ALICE_ID, "a", "{\"a\":1}"),
        new StoredInlinePolicy(ALICE_ID, "b", "{\"b\":2}"));
    assertThat(storedInlinePolicy(ALICE_ID, "a")).isPresent();
    assertThat(changed(tx -> tx.deleteInlinePolicy(ALICE_ID, "a"))).isTrue();
    assertThat(changed(tx -> tx.deleteInlinePolicy(ALICE_ID, "a"))).isFalse();
    assertThat(storedInlinePolicy(ALICE_ID, "a")).isEmpty();
  }

  @Test
  default void managedPolicies_areFoundByArnRegardlessOfCase_andCountTheirAttachments() {
    StoredManagedPolicy policy = new StoredManagedPolicy(ACCOUNT, "ANPA1", "Readers", "/team/",
        POLICY_ARN, POLICY, null, CREATED);
    write(tx -> tx.insertManagedPolicy(policy));
    assertThat(storedManagedPolicy(POLICY_ARN.toLowerCase())).contains(policy);
    assertThatThrownBy(() -> write(tx -> tx.insertManagedPolicy(new StoredManagedPolicy(ACCOUNT,
        "ANPA2", "READERS", "/team/", POLICY_ARN.replace("Readers", "READERS"), POLICY, null,
        CREATED)))).isInstanceOf(StoreConflictException.class);

    write(tx -> {
      tx.attachPolicy(ALICE_ID, POLICY_ARN);
      tx.attachPolicy(ALICE_ID, POLICY_ARN);
      tx.attachPolicy(ROLE_ID, POLICY_ARN);
    });
    assertThat(storedAttachments(ALICE_ID)).containsExactly(POLICY_ARN);
    assertThat(storedAttachmentCount(POLICY_ARN)).isEqualTo(2);

    assertThat(changed(tx -> tx.detachPolicy(ALICE_ID, POLICY_ARN))).isTrue();
    assertThat(changed(tx -> tx.detachPolicy(ALICE_ID, POLICY_ARN))).isFalse();
    assertThat(storedAttachments(ALICE_ID)).isEqualTo(List.of());
    assertThat(changed(tx -> tx.deleteManagedPolicy(POLICY_ARN))).isTrue();
    assertThat(storedManagedPolicy(POLICY_ARN)).isEmpty();
  }
}
