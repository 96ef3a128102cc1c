package dev.trent.core.iam;

import dev.trent.core.identity.IdentityArns;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoreConflictException;
import dev.trent.store.StoredRole;
import dev.trent.store.WriteTransaction;
import java.util.Map;

/**
 * IAM roles: CreateRole, GetRole, DeleteRole, TagRole and the role's inline and attached policies.
 * Deleting a role ends its sessions. Thread-safe.
 */
public final class IamRoles {
  static final int DEFAULT_MAX_SESSION = 3600;
  static final int MAX_MAX_SESSION = 43_200;

  private final IamServices iam;
  private final OwnedPolicies owned;

  public IamRoles(IamServices iam) {
    this.iam = iam;
    this.owned = new OwnedPolicies(iam.policies());
  }

  public Tagged<StoredRole> create(IamCaller caller, String roleName, String path,
      String trustPolicy, String description, Integer maxSessionDuration,
      Map<String, String> tags) {
    IamNames.name(roleName, "roleName", 1, 64);
    String rolePath = IamNames.path(path, "path");
    IamNames.required(trustPolicy, "assumeRolePolicyDocument");
    IamNames.length(trustPolicy, "assumeRolePolicyDocument", 1, OwnedPolicies.MAX_DOCUMENT);
    if (description != null) {
      IamNames.length(description, "description", 0, 1000);
    }
    int maxSession = maxSessionDuration == null ? DEFAULT_MAX_SESSION : maxSessionDuration;
    if (maxSession < DEFAULT_MAX_SESSION || maxSession > MAX_MAX_SESSION) {
      throw IamNames.invalid(String.valueOf(maxSession), "maxSessionDuration",
          maxSession < DEFAULT_MAX_SESSION
              ? "Member must have value greater than or equal to " + DEFAULT_MAX_SESSION
              : "Member must have value less than or equal to " + MAX_MAX_SESSION);
    }
    IamNames.tags(tags, tags.size());
    iam.access().require(caller, "iam:CreateRole",
        IdentityArns.role(caller.accountId(), rolePath, roleName));
    iam.policies().checkTrustPolicy(trustPolicy);
    StoredRole role = new StoredRole(caller.accountId(), iam.ids().roleId(), roleName, rolePath,
        trustPolicy, maxSession, description, iam.clock().instant());
    try {
      return changing(tx -> {
        if (tx.role(caller.accountId(), roleName).isPresent()) {
          throw alreadyExists(roleName);
        }
        tx.insertRole(role);
        tags.forEach((k, v) -> tx.putIdentityTag(role.roleId(), k, v));
        return new Tagged<>(role, tags);
      });
    } catch (StoreConflictException e) {
      throw alreadyExists(roleName);
    }
  }

  public Tagged<StoredRole> get(IamCaller caller, String roleName) {
    IamNames.name(roleName, "roleName", 1, 64);
    return iam.store().read(tx -> {
      StoredRole role = existing(tx, caller, "iam:GetRole", roleName);
      return new Tagged<>(role, tx.identityTags(role.roleId()));
    });
  }

  public void delete(IamCaller caller, String roleName) {
    IamNames.name(roleName, "roleName", 1, 64);
    changing(tx -> {
      StoredRole role = existing(tx, caller, "iam:DeleteRole", roleName);
      owned.requireNoPolicies(tx, PolicyOwner.of(role));
      tx.deleteRole(role.accountId(), role.roleId());
      return null;
    });
  }

  public void tag(IamCaller caller, String roleName, Map<String, String> tags) {
    IamNames.name(roleName, "roleName", 1, 64);
    IamNames.tags(tags, 0);
    changing(tx -> {
      StoredRole role = existing(tx, caller, "iam:TagRole", roleName);
      IamNames.addTags(tx, role.roleId(), tags);
      return null;
    });
  }

  public void putPolicy(IamCaller caller, String roleName, String policyName, String document) {
    IamNames.name(roleName, "roleName", 1, 64);
    changing(tx -> {
      owned.put(tx, owner(tx, caller, "iam:PutRolePolicy", roleName), policyName, document);
      return null;
    });
  }

  public void deletePolicy(IamCaller caller, String roleName, String policyName) {
    IamNames.name(roleName, "roleName", 1, 64);
    changing(tx -> {
      owned.delete(tx, owner(tx, caller, "iam:DeleteRolePolicy", roleName), policyName);
      return null;
    });
  }

  public void attachPolicy(IamCaller caller, String roleName, String policyArn) {
    IamNames.name(roleName, "roleName", 1, 64);
    changing(tx -> {
      owned.attach(tx, owner(tx, caller, "iam:AttachRolePolicy", roleName), policyArn);
      return null;
    });
  }

  public void detachPolicy(IamCaller caller, String roleName, String policyArn) {
    IamNames.name(roleName, "roleName", 1, 64);
    changing(tx -> {
      owned.detach(tx, owner(tx, caller, "iam:DetachRolePolicy", roleName), policyArn);
      return null;
    });
  }

  private PolicyOwner owner(ReadTransaction tx, IamCaller caller, String action, String name) {
    return PolicyOwner.of(existing(tx, caller, action, name));
  }

  private StoredRole existing(ReadTransaction tx, IamCaller caller, String action, String name) {
    StoredRole role = tx.role(caller.accountId(), name).orElse(null);
    iam.access().require(caller, action, role != null
        ? IdentityArns.role(role.accountId(), role.path(), role.roleName())
        : IdentityArns.role(caller.accountId(), "/", name));
    if (role == null) {
      throw noSuchRole(name);
    }
    return role;
  }

  private <T> T changing(java.util.function.Function<WriteTransaction, T> work) {
    T result = iam.store().write(work);
    iam.changed().run();
    return result;
  }

  static NoSuchEntity noSuchRole(String name) {
    return new NoSuchEntity("The role with name " + name + " cannot be found.");
  }

  private static EntityAlreadyExists alreadyExists(String name) {
    return new EntityAlreadyExists("Role with name " + name + " already exists.");
  }
}
