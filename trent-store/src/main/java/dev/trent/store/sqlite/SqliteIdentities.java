package dev.trent.store.sqlite;

import dev.trent.store.StoredAccessKey;
import dev.trent.store.StoredAccount;
import dev.trent.store.StoredInlinePolicy;
import dev.trent.store.StoredManagedPolicy;
import dev.trent.store.StoredRole;
import dev.trent.store.StoredUser;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The queries of IAM identities (migration V10), kept apart from the key queries. Plain SQL that
 * PostgreSQL runs too: upserts are written with {@code ON CONFLICT}, which both accept.
 */
abstract class SqliteIdentities extends SqliteJdbc {
  private static final String USER_COLUMNS = "account_id, user_id, user_name, path, create_date";
  private static final String ROLE_COLUMNS = "account_id, role_id, role_name, path, trust_policy,"
      + " max_session_duration, description, create_date";
  private static final String KEY_COLUMNS = "access_key_id, account_id, owner_id, principal_arn,"
      + " user_name, status, sealed_secret, session_token_digest, expiration, create_date";
  private static final String POLICY_COLUMNS = "account_id, policy_id, policy_name, path, arn,"
      + " document, description, create_date";

  SqliteIdentities(Connection connection) {
    super(connection);
  }

  @Override
  public Optional<StoredAccount> account(String accountId) {
    return query("SELECT account_id, create_date FROM iam_account WHERE account_id = ?",
        r -> new StoredAccount(r.getString(1), instant(r, 2)), accountId).stream().findFirst();
  }

  @Override
  public Optional<StoredUser> user(String accountId, String userName) {
    return query("SELECT " + USER_COLUMNS + " FROM iam_user WHERE account_id = ? AND name_key = ?",
        SqliteIdentities::user, accountId, nameKey(userName)).stream().findFirst();
  }

  @Override
  public List<StoredUser> users(String accountId, String pathPrefix, String afterName, int limit) {
    // The prefix is compared with substr, not LIKE: a path may hold '%' or '_'.
    String prefix = pathPrefix == null ? "/" : pathPrefix;
    return query("SELECT " + USER_COLUMNS + " FROM iam_user WHERE account_id = ?"
            + " AND substr(path, 1, ?) = ? AND user_name > ? ORDER BY user_name LIMIT ?",
        SqliteIdentities::user, accountId, prefix.length(), prefix,
        afterName == null ? "" : afterName, limit);
  }

  @Override
  public Optional<StoredRole> role(String accountId, String roleName) {
    return query("SELECT " + ROLE_COLUMNS + " FROM iam_role WHERE account_id = ? AND name_key = ?",
        r -> new StoredRole(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
            r.getString(5), r.getInt(6), r.getString(7), instant(r, 8)),
        accountId, nameKey(roleName)).stream().findFirst();
  }

  @Override
  public Optional<StoredAccessKey> accessKey(String accessKeyId) {
    return query("SELECT " + KEY_COLUMNS + " FROM iam_access_key WHERE access_key_id = ?",
        SqliteIdentities::accessKey, accessKeyId).stream().findFirst();
  }

  @Override
  public List<StoredAccessKey> accessKeys(String ownerId) {
    return query("SELECT " + KEY_COLUMNS + " FROM iam_access_key WHERE owner_id = ?"
        + " ORDER BY access_key_id", SqliteIdentities::accessKey, ownerId);
  }

  @Override
  public Map<String, String> identityTags(String ownerId) {
    Map<String, String> tags = new LinkedHashMap<>();
    query("SELECT tag_key, tag_value FROM iam_identity_tag WHERE owner_id = ? ORDER BY tag_key",
        r -> tags.put(r.getString(1), r.getString(2)), ownerId);
    return tags;
  }

  @Override
  public Optional<StoredInlinePolicy> inlinePolicy(String ownerId, String policyName) {
    return query("SELECT owner_id, policy_name, document FROM iam_inline_policy"
            + " WHERE owner_id = ? AND policy_name = ?",
        SqliteIdentities::inline, ownerId, policyName).stream().findFirst();
  }

  @Override
  public List<StoredInlinePolicy> inlinePolicies(String ownerId) {
    return query("SELECT owner_id, policy_name, document FROM iam_inline_policy"
        + " WHERE owner_id = ? ORDER BY policy_name", SqliteIdentities::inline, ownerId);
  }

  @Override
  public Optional<StoredManagedPolicy> managedPolicy(String policyArn) {
    return query("SELECT " + POLICY_COLUMNS + " FROM iam_managed_policy WHERE arn_key = ?",
        r -> new StoredManagedPolicy(r.getString(1), r.getString(2), r.getString(3),
            r.getString(4), r.getString(5), r.getString(6), r.getString(7), instant(r, 8)),
        nameKey(policyArn)).stream().findFirst();
  }

  @Override
  public List<String> attachedPolicies(String ownerId) {
    return query("SELECT policy_arn FROM iam_policy_attachment WHERE owner_id = ?"
        + " ORDER BY policy_arn", r -> r.getString(1), ownerId);
  }

  @Override
  public int attachmentCount(String policyArn) {
    return query("SELECT COUNT(*) FROM iam_policy_attachment WHERE policy_arn = ?",
        r -> r.getInt(1), policyArn).get(0);
  }

  @Override
  public void putAccount(StoredAccount a) {
    update("INSERT INTO iam_account (account_id, create_date) VALUES (?,?)"
        + " ON CONFLICT (account_id) DO NOTHING", a.accountId(), millis(a.createDate()));
  }

  @Override
  public void insertUser(StoredUser u) {
    update("INSERT INTO iam_user (user_id, account_id, user_name, name_key, path, create_date)"
            + " VALUES (?,?,?,?,?,?)",
        u.userId(), u.accountId(), u.userName(), nameKey(u.userName()), u.path(),
        millis(u.createDate()));
  }

  @Override
  public void deleteUser(String accountId, String userId) {
    update("DELETE FROM iam_identity_tag WHERE owner_id = ?", userId);
    update("DELETE FROM iam_user WHERE account_id = ? AND user_id = ?", accountId, userId);
  }

  @Override
  public void insertRole(StoredRole r) {
    update("INSERT INTO iam_role (role_id, account_id, role_name, name_key, path, trust_policy,"
            + " max_session_duration, description, create_date) VALUES (?,?,?,?,?,?,?,?,?)",
        r.roleId(), r.accountId(), r.roleName(), nameKey(r.roleName()), r.path(), r.trustPolicy(),
        r.maxSessionDuration(), r.description(), millis(r.createDate()));
  }

  @Override
  public void deleteRole(String accountId, String roleId) {
    update("DELETE FROM iam_identity_tag WHERE owner_id = ?", roleId);
    update("DELETE FROM iam_access_key WHERE owner_id = ?", roleId);
    update("DELETE FROM iam_role WHERE account_id = ? AND role_id = ?", accountId, roleId);
  }

  @Override
  public void insertAccessKey(StoredAccessKey k) {
    update("INSERT INTO iam_access_key (" + KEY_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?)",
        k.accessKeyId(), k.accountId(), k.ownerId(), k.principalArn(), k.userName(), k.status(),
        k.sealedSecret(), k.sessionTokenDigest(), millis(k.expiration()), millis(k.createDate()));
  }

  @Override
  public boolean updateAccessKeyStatus(String accessKeyId, String status) {
    return update("UPDATE iam_access_key SET status = ? WHERE access_key_id = ?", status,
        accessKeyId) == 1;
  }

  @Override
  public boolean deleteAccessKey(String accessKeyId) {
    return update("DELETE FROM iam_access_key WHERE access_key_id = ?", accessKeyId) == 1;
  }

  @Override
  public int deleteExpiredSessions(Instant now) {
    return update("DELETE FROM iam_access_key WHERE expiration IS NOT NULL AND expiration <= ?",
        millis(now));
  }

  @Override
  public void putIdentityTag(String ownerId, String tagKey, String tagValue) {
    update("INSERT INTO iam_identity_tag (owner_id, tag_key, tag_value) VALUES (?,?,?)"
            + " ON CONFLICT (owner_id, tag_key) DO UPDATE SET tag_value = excluded.tag_value",
        ownerId, tagKey, tagValue);
  }

  @Override
  public void putInlinePolicy(StoredInlinePolicy p) {
    update("INSERT INTO iam_inline_policy (owner_id, policy_name, document) VALUES (?,?,?)"
            + " ON CONFLICT (owner_id, policy_name) DO UPDATE SET document = excluded.document",
        p.ownerId(), p.policyName(), p.document());
  }

  @Override
  public boolean deleteInlinePolicy(String ownerId, String policyName) {
    return update("DELETE FROM iam_inline_policy WHERE owner_id = ? AND policy_name = ?",
        ownerId, policyName) == 1;
  }

  @Override
  public void insertManagedPolicy(StoredManagedPolicy p) {
    update("INSERT INTO iam_managed_policy (policy_id, account_id, policy_name, path, arn, arn_key,"
            + " document, description, create_date) VALUES (?,?,?,?,?,?,?,?,?)",
        p.policyId(), p.accountId(), p.policyName(), p.path(), p.arn(), nameKey(p.arn()),
        p.document(), p.description(), millis(p.createDate()));
  }

  @Override
  public boolean deleteManagedPolicy(String policyArn) {
    return update("DELETE FROM iam_managed_policy WHERE arn_key = ?", nameKey(policyArn)) == 1;
  }

  @Override
  public void attachPolicy(String ownerId, String policyArn) {
    update("INSERT INTO iam_policy_attachment (owner_id, policy_arn) VALUES (?,?)"
        + " ON CONFLICT (owner_id, policy_arn) DO NOTHING", ownerId, policyArn);
  }

  @Override
  public boolean detachPolicy(String ownerId, String policyArn) {
    return update("DELETE FROM iam_policy_attachment WHERE owner_id = ? AND policy_arn = ?",
        ownerId, policyArn) == 1;
  }

  private static String nameKey(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static StoredUser user(ResultSet r) throws SQLException {
    return new StoredUser(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
        instant(r, 5));
  }

  private static StoredAccessKey accessKey(ResultSet r) throws SQLException {
    return new StoredAccessKey(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
        r.getString(5), r.getString(6), r.getBytes(7), r.getBytes(8), instant(r, 9),
        instant(r, 10));
  }

  private static StoredInlinePolicy inline(ResultSet r) throws SQLException {
    return new StoredInlinePolicy(r.getString(1), r.getString(2), r.getString(3));
  }
}
