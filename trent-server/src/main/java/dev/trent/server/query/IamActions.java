package dev.trent.server.query;

import dev.trent.core.iam.AccessKeys;
import dev.trent.core.iam.IamRoles;
import dev.trent.core.iam.IamUsers;
import dev.trent.core.iam.ManagedPolicies;
import dev.trent.core.iam.Page;
import dev.trent.core.iam.Tagged;
import dev.trent.core.identity.IdentityArns;
import dev.trent.core.identity.IssuedAccessKey;
import dev.trent.store.StoredAccessKey;
import dev.trent.store.StoredManagedPolicy;
import dev.trent.store.StoredRole;
import dev.trent.store.StoredUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The IAM actions Trent serves, by name, each binding its parameters and writing its result in the
 * shapes of the IAM API reference (policy documents URL-encoded, as IAM returns them).
 */
final class IamActions {
  private final IamUsers users;
  private final IamRoles roles;
  private final AccessKeys keys;
  private final ManagedPolicies policies;

  IamActions(IamUsers users, IamRoles roles, AccessKeys keys, ManagedPolicies policies) {
    this.users = users;
    this.roles = roles;
    this.keys = keys;
    this.policies = policies;
  }

  Map<String, QueryAction> actions() {
    Map<String, QueryAction> a = new HashMap<>();
    a.put("CreateUser", (c, p, out) -> {
      Tagged<StoredUser> created = users.create(c, p.get("UserName"), p.get("Path"), p.tags());
      StoredUser u = created.entity();
      out.putObject("user").put("userName", u.userName()).put("userId", u.userId())
          .put("arn", IdentityArns.user(u.accountId(), u.path(), u.userName()))
          .put("path", u.path()).put("createDate", Xml.timestamp(u.createDate()));
      return user(created);
    });
    a.put("GetUser", (c, p, out) -> user(users.get(c, p.get("UserName"))));
    a.put("ListUsers", (c, p, out) ->
        users(users.list(c, p.get("PathPrefix"), p.get("Marker"), p.integer("MaxItems"))));
    a.put("DeleteUser", (c, p, out) -> none(() -> users.delete(c, p.get("UserName"))));
    a.put("TagUser", (c, p, out) -> none(() -> users.tag(c, p.get("UserName"), p.tags())));
    a.put("CreateAccessKey", (c, p, out) -> {
      IssuedAccessKey key = keys.create(c, p.get("UserName"));
      out.putObject("accessKey").put("accessKeyId", key.accessKeyId())
          .put("status", StoredAccessKey.ACTIVE)
          .put("userName", p.get("UserName") != null ? p.get("UserName")
              : userNameOf(key.principalArn()))
          .put("createDate", Xml.timestamp(key.createDate()));
      return accessKey(key, p.get("UserName"));
    });
    a.put("UpdateAccessKey", (c, p, out) -> none(() ->
        keys.updateStatus(c, p.get("UserName"), p.get("AccessKeyId"), p.get("Status"))));
    a.put("ListAccessKeys", (c, p, out) -> accessKeys(keys.list(c, p.get("UserName"))));
    a.put("DeleteAccessKey", (c, p, out) -> none(() ->
        keys.delete(c, p.get("UserName"), p.get("AccessKeyId"))));
    a.put("PutUserPolicy", (c, p, out) -> none(() ->
        users.putPolicy(c, p.get("UserName"), p.get("PolicyName"), p.get("PolicyDocument"))));
    a.put("GetUserPolicy", (c, p, out) -> new Xml().element("UserName", p.get("UserName"))
        .element("PolicyName", p.get("PolicyName"))
        .document("PolicyDocument", users.getPolicy(c, p.get("UserName"), p.get("PolicyName"))));
    a.put("DeleteUserPolicy", (c, p, out) -> none(() ->
        users.deletePolicy(c, p.get("UserName"), p.get("PolicyName"))));
    a.put("AttachUserPolicy", (c, p, out) -> none(() ->
        users.attachPolicy(c, p.get("UserName"), p.get("PolicyArn"))));
    a.put("DetachUserPolicy", (c, p, out) -> none(() ->
        users.detachPolicy(c, p.get("UserName"), p.get("PolicyArn"))));
    a.put("CreateRole", (c, p, out) -> {
      Tagged<StoredRole> created = roles.create(c, p.get("RoleName"), p.get("Path"),
          p.get("AssumeRolePolicyDocument"), p.get("Description"),
          p.integer("MaxSessionDuration"), p.tags());
      StoredRole r = created.entity();
      out.putObject("role").put("roleName", r.roleName()).put("roleId", r.roleId())
          .put("arn", IdentityArns.role(r.accountId(), r.path(), r.roleName()))
          .put("path", r.path()).put("createDate", Xml.timestamp(r.createDate()));
      return role(created);
    });
    a.put("GetRole", (c, p, out) -> role(roles.get(c, p.get("RoleName"))));
    a.put("DeleteRole", (c, p, out) -> none(() -> roles.delete(c, p.get("RoleName"))));
    a.put("TagRole", (c, p, out) -> none(() -> roles.tag(c, p.get("RoleName"), p.tags())));
    a.put("PutRolePolicy", (c, p, out) -> none(() ->
        roles.putPolicy(c, p.get("RoleName"), p.get("PolicyName"), p.get("PolicyDocument"))));
    a.put("DeleteRolePolicy", (c, p, out) -> none(() ->
        roles.deletePolicy(c, p.get("RoleName"), p.get("PolicyName"))));
    a.put("AttachRolePolicy", (c, p, out) -> none(() ->
        roles.attachPolicy(c, p.get("RoleName"), p.get("PolicyArn"))));
    a.put("DetachRolePolicy", (c, p, out) -> none(() ->
        roles.detachPolicy(c, p.get("RoleName"), p.get("PolicyArn"))));
    a.put("CreatePolicy", (c, p, out) -> {
      StoredManagedPolicy created = policies.create(c, p.get("PolicyName"), p.get("Path"),
          p.get("PolicyDocument"), p.get("Description"));
      out.putObject("policy").put("policyName", created.policyName())
          .put("policyId", created.policyId()).put("arn", created.arn())
          .put("defaultVersionId", "v1").put("createDate", Xml.timestamp(created.createDate()));
      return policy(created);
    });
    a.put("DeletePolicy", (c, p, out) -> none(() -> policies.delete(c, p.get("PolicyArn"))));
    return Map.copyOf(a);
  }

  private static Xml none(Runnable action) {
    action.run();
    return null;
  }

  private static Xml user(Tagged<StoredUser> tagged) {
    return userElement(new Xml(), "User", tagged.entity(), tagged.tags());
  }

  private static Xml userElement(Xml xml, String name, StoredUser u, Map<String, String> tags) {
    String arn = u.userName() == null ? "arn:aws:iam::" + u.accountId() + ":root"
        : IdentityArns.user(u.accountId(), u.path(), u.userName());
    return xml.open(name).element("Path", u.path()).element("UserName", u.userName())
        .element("UserId", u.userId()).element("Arn", arn).element("CreateDate", u.createDate())
        .tags(tags).close(name);
  }

  private static Xml users(Page<StoredUser> page) {
    Xml xml = new Xml().open("Users");
    page.items().forEach(u -> userElement(xml, "member", u, Map.of()));
    return xml.close("Users").element("IsTruncated", page.truncated()).element("Marker", page.marker());
  }

  private static Xml accessKey(IssuedAccessKey key, String userName) {
    String owner = userName != null ? userName : userNameOf(key.principalArn());
    return new Xml().open("AccessKey").element("UserName", owner)
        .element("AccessKeyId", key.accessKeyId()).element("Status", StoredAccessKey.ACTIVE)
        .element("SecretAccessKey", key.secretAccessKey())
        .element("CreateDate", key.createDate()).close("AccessKey");
  }

  private static Xml accessKeys(List<StoredAccessKey> keys) {
    Xml xml = new Xml().open("AccessKeyMetadata");
    keys.forEach(k -> xml.open("member").element("UserName", k.userName())
        .element("AccessKeyId", k.accessKeyId()).element("Status", k.status())
        .element("CreateDate", k.createDate()).close("member"));
    return xml.close("AccessKeyMetadata").element("IsTruncated", false);
  }

  private static Xml role(Tagged<StoredRole> tagged) {
    StoredRole r = tagged.entity();
    return new Xml().open("Role").element("Path", r.path()).element("RoleName", r.roleName())
        .element("RoleId", r.roleId())
        .element("Arn", IdentityArns.role(r.accountId(), r.path(), r.roleName()))
        .element("CreateDate", r.createDate())
        .document("AssumeRolePolicyDocument", r.trustPolicy())
        .element("Description", r.description())
        .element("MaxSessionDuration", r.maxSessionDuration())
        .tags(tagged.tags()).close("Role");
  }

  private static Xml policy(StoredManagedPolicy p) {
    return new Xml().open("Policy").element("PolicyName", p.policyName())
        .element("PolicyId", p.policyId()).element("Arn", p.arn()).element("Path", p.path())
        .element("DefaultVersionId", "v1").element("AttachmentCount", 0)
        .element("PermissionsBoundaryUsageCount", 0).element("IsAttachable", true)
        .element("Description", p.description())
        .element("CreateDate", p.createDate()).element("UpdateDate", p.createDate())
        .close("Policy");
  }

  private static String userNameOf(String principalArn) {
    return IdentityArns.userOf(principalArn)
        .map(IdentityArns.Named::name).orElse(null);
  }
}
