package dev.trent.store.jdbc;

import dev.trent.store.StoredAccessKey;
import dev.trent.store.StoredAccount;
import dev.trent.store.StoredInlinePolicy;
import dev.trent.store.StoredManagedPolicy;
import dev.trent.store.StoredRole;
import dev.trent.store.StoredUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * IAM identities (migration V10): accounts, users, roles, access keys, identity tags and
 * policies. Names are unique regardless of case, as in IAM: {@code name_key} columns hold the
 * lower-case name under a unique index, so two nodes creating one name conflict in the database.
 */
final class IdentityQueries {
  private static final String USER_COLUMNS = "account_id, user_id, user_name, path, create_date";
  private static final String ROLE_COLUMNS = "account_id, role_id, role_name, path, trust_policy,"
      + " max_session_duration, description, create_date";
  private static final String KEY_COLUMNS = "access_key_id, account_id, owner_id, principal_arn,"
      + " user_name, status, wrapped_secret, session_token_digest, expiration, create_date";
  private static final String POLICY_COLUMNS = "account_id, policy_id, policy_name, path, arn,"
      + " document, description, create_date";

  private final Sql sql;

  IdentityQueries(Sql sql) {
    this.sql = sql;
  }

  Optional<StoredAccount> account(String accountId) {
    return sql.query("SELECT account_id, create_date FROM iam_account WHERE account_id = ?",
        r -> new StoredAccount(r.getString(1), Sql.instant(r, 2)), accountId).stream().findFirst();
  }

  Optional<StoredUser> user(String accountId, String userName) {
    return sql.query("SELECT " + USER_COLUMNS + " FROM iam_user WHERE account_id = ? AND name_key = ?",
        IdentityQueries::user, accountId, nameKey(userName)).stream().findFirst();
  }

  List<StoredUser> users(String accountId, String pathPrefix, String afterName, int limit) {
    // The prefix is compared with substr, not LIKE: a path may hold '%' or '_'.
    String prefix = pathPrefix == null ? "/" : pathPrefix;
    return sql.query("SELECT " + USER_COLUMNS + " FROM iam_user WHERE account_id = ?"
            + " AND substr(path, 1, ?) = ? AND user_name > ? ORDER BY user_name LIMIT ?",
        IdentityQueries::user, accountId, prefix.length(), prefix,
        afterName == null ? "" : afterName, limit);
  }

  Optional<StoredRole> role(String accountId, String roleName) {
    return sql.query("SELECT " + ROLE_COLUMNS + " FROM iam_role WHERE account_id = ? AND name_key = ?",
        r -> new StoredRole(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
            r.getString(5), r.getInt(6), r.getString(7), Sql.instant(r, 8)),
        accountId, nameKey(roleName)).stream().findFirst();
  }

  Optional<StoredAccessKey> accessKey(String accessKeyId) {
    return sql.query("SELECT " + KEY_COLUMNS + " FROM iam_access_key WHERE access_key_id = ?",
        IdentityQueries::accessKey, accessKeyId).stream().findFirst();
  }

  List<StoredAccessKey> accessKeys(String ownerId) {
    return sql.query("SELECT " + KEY_COLUMNS + " FROM iam_access_key WHERE owner_id = ?"
        + " ORDER BY access_key_id", IdentityQueries::accessKey, ownerId);
  }

  Map<String, String> identityTags(String ownerId) {
    Map<String, String> tags = new LinkedHashMap<>();
    sql.query("SELECT tag_key, tag_value FROM iam_identity_tag WHERE owner_id = ? ORDER BY tag_key",
        r -> tags.put(r.getString(1), r.getString(2)), ownerId);
    return tags;
  }

  Optional<StoredInlinePolicy> inlinePolicy(String ownerId, String policyName) {
    return sql.query("SELECT owner_id, policy_name, document FROM iam_inline_policy"
            + " WHERE owner_id = ? AND policy_name = ?",
        IdentityQueries::inline, ownerId, policyName).stream().findFirst();
  }

  List<StoredInlinePolicy> inlinePolicies(String ownerId) {
    return sql.query("SELECT owner_id, policy_name, document FROM iam_inline_policy"
        + " WHERE owner_id = ? ORDER BY policy_name", IdentityQueries::inline, ownerId);
  }

  Optional<StoredManagedPolicy> managedPolicy(String policyArn) {
    return sql.query("SELECT " + POLICY_COLUMNS + " FROM iam_managed_policy WHERE arn_key = ?",
        r -> new StoredManagedPolicy(r.getString(1), r.getString(2), r.getString(3),
            r.getString(4), r.getString(5), r.getString(6), r.getString(7), Sql.instant(r, 8)),
        nameKey(policyArn)).stream().findFirst();
  }

  List<String> attachedPolicies(String ownerId) {
    return sql.query("SELECT policy_arn FROM iam_policy_attachment WHERE owner_id = ?"
        + " ORDER BY policy_arn", r -> r.getString(1), ownerId);
  }

  int attachmentCount(String policyArn) {
    return sql.query("SELECT COUNT(*) FROM iam_policy_attachment WHERE policy_arn = ?",
        r -> r.getInt(1), policyArn).get(0);
  }

  void putAccount(StoredAccount a) {
    sql.update("INSERT INTO iam_account (account_id, create_date) VALUES (?,?)"
        + " ON CONFLICT (account_id) DO NOTHING", a.accountId(), Sql.millis(a.createDate()));
  }

  void insertUser(StoredUser u) {
    sql.update("INSERT INTO iam_user (user_id, account_id, user_name, name_key, path, create_date)"
            + " VALUES (?,?,?,?,?,?)",
        u.userId(), u.accountId(), u.userName(), nameKey(u.userName()), u.path(),
        Sql.millis(u.createDate()));
  }

  void deleteUser(String accountId, String userId) {
    sql.update("DELETE FROM iam_identity_tag WHERE owner_id = ?", userId);
    sql.update("DELETE FROM iam_user WHERE account_id = ? AND user_id = ?", accountId, userId);
  }

  void insertRole(StoredRole r) {
    sql.update("INSERT INTO iam_role (role_id, account_id, role_name, name_key, path, trust_policy,"
            + " max_session_duration, description, create_date) VALUES (?,?,?,?,?,?,?,?,?)",
        r.roleId(), r.accountId(), r.roleName(), nameKey(r.roleName()), r.path(), r.trustPolicy(),
        r.maxSessionDuration(), r.description(), Sql.millis(r.createDate()));
  }

  void deleteRole(String accountId, String roleId) {
    sql.update("DELETE FROM iam_identity_tag WHERE owner_id = ?", roleId);
    sql.update("DELETE FROM iam_access_key WHERE owner_id = ?", roleId);
    sql.update("DELETE FROM iam_role WHERE account_id = ? AND role_id = ?", accountId, roleId);
  }

  void insertAccessKey(StoredAccessKey k) {
    sql.update("INSERT INTO iam_access_key (" + KEY_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?)",
        k.accessKeyId(), k.accountId(), k.ownerId(), k.principalArn(), k.userName(), k.status(),
        k.sealedSecret(), k.sessionTokenDigest(), Sql.millis(k.expiration()), Sql.millis(k.createDate()));
  }

  boolean updateAccessKeyStatus(String accessKeyId, String status) {
    return sql.update("UPDATE iam_access_key SET status = ? WHERE access_key_id = ?", status,
        accessKeyId) == 1;
  }

  boolean deleteAccessKey(String accessKeyId) {
    return sql.update("DELETE FROM iam_access_key WHERE access_key_id = ?", accessKeyId) == 1;
  }

  int deleteExpiredSessions(Instant now) {
    return sql.update("DELETE FROM iam_access_key WHERE expiration IS NOT NULL AND expiration <= ?",
        Sql.millis(now));
  }

  void putIdentityTag(String ownerId, String tagKey, String tagValue) {
    sql.update("INSERT INTO iam_identity_tag (owner_id, tag_key, tag_value) VALUES (?,?,?)"
            + " ON CONFLICT (owner_id, tag_key) DO UPDATE SET tag_value = excluded.tag_value",
        ownerId, tagKey, tagValue);
  }

  void putInlinePolicy(StoredInlinePolicy p) {
    sql.update("INSERT INTO iam_inline_policy (owner_id, policy_name, document) VALUES (?,?,?)"
            + " ON CONFLICT (owner_id, policy_name) DO UPDATE SET document = excluded.document",
        p.ownerId(), p.policyName(), p.document());
  }

  boolean deleteInlinePolicy(String ownerId, String policyName) {
    return sql.update("DELETE FROM iam_inline_policy WHERE owner_id = ? AND policy_name = ?",
        ownerId, policyName) == 1;
  }

  void insertManagedPolicy(StoredManagedPolicy p) {
    sql.update("INSERT INTO iam_managed_policy (policy_id, account_id, policy_name, path, arn, arn_key,"
            + " document, description, create_date) VALUES (?,?,?,?,?,?,?,?,?)",
        p.policyId(), p.accountId(), p.policyName(), p.path(), p.arn(), nameKey(p.arn()),
        p.document(), p.description(), Sql.millis(p.createDate()));
  }

  boolean deleteManagedPolicy(String policyArn) {
    return sql.update("DELETE FROM iam_managed_policy WHERE arn_key = ?", nameKey(policyArn)) == 1;
  }

  void attachPolicy(String ownerId, String policyArn) {
    sql.update("INSERT INTO iam_policy_attachment (owner_id, policy_arn) VALUES (?,?)"
        + " ON CONFLICT (owner_id, policy_arn) DO NOTHING", ownerId, policyArn);
  }

  boolean detachPolicy(String ownerId, String policyArn) {
    return sql.update("DELETE FROM iam_policy_attachment WHERE owner_id = ? AND policy_arn = ?",
        ownerId, policyArn) == 1;
  }

  private static String nameKey(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static StoredUser user(ResultSet r) throws SQLException {
    return new StoredUser(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
        Sql.instant(r, 5));
  }

  private static StoredAccessKey accessKey(ResultSet r) throws SQLException {
    return new StoredAccessKey(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
        r.getString(5), r.getString(6), r.getBytes(7), r.getBytes(8), Sql.instant(r, 9),
        Sql.instant(r, 10));
  }

  private static StoredInlinePolicy inline(ResultSet r) throws SQLException {
    return new StoredInlinePolicy(r.getString(1), r.getString(2), r.getString(3));
  }
}
