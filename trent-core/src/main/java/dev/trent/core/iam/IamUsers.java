package dev.trent.core.iam;

import dev.trent.core.identity.IdentityArns;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoreConflictException;
import dev.trent.store.StoredUser;
import dev.trent.store.WriteTransaction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * IAM users: CreateUser, GetUser, ListUsers, DeleteUser, TagUser and the user's inline and attached
 * policies. Each action checks its parameters, then the caller's permission, then runs in one
 * transaction. Thread-safe.
 */
public final class IamUsers {
  private final IamServices iam;
  private final OwnedPolicies owned;

  public IamUsers(IamServices iam) {
    this.iam = iam;
    this.owned = new OwnedPolicies(iam.policies());
  }

  public Tagged<StoredUser> create(IamCaller caller, String userName, String path,
      Map<String, String> tags) {
    IamNames.name(userName, "userName", 1, 64);
    String userPath = IamNames.path(path, "path");
    IamNames.tags(tags, tags.size());
    iam.access().require(caller, "iam:CreateUser",
        IdentityArns.user(caller.accountId(), userPath, userName));
    StoredUser user = new StoredUser(caller.accountId(), iam.ids().userId(), userName, userPath,
        iam.clock().instant());
    try {
      return changing(tx -> {
        if (tx.user(caller.accountId(), userName).isPresent()) {
          throw alreadyExists(userName);
        }
        tx.insertUser(user);
        tags.forEach((k, v) -> tx.putIdentityTag(user.userId(), k, v));
        return new Tagged<>(user, tags);
      });
    } catch (StoreConflictException e) {
      throw alreadyExists(userName);
    }
  }

  /**
   * The named user, or without a name the calling user; for an account root without a name, the
   * root itself (user id = account id, no name).
   */
  public Tagged<StoredUser> get(IamCaller caller, String userName) {
    if (userName == null && caller.isAccountRoot()) {
      return new Tagged<>(new StoredUser(caller.accountId(), caller.accountId(), null, null,
          iam.store().read(tx -> tx.account(caller.accountId()))
              .map(a -> a.createDate()).orElse(iam.clock().instant())), Map.of());
    }
    String name = userName != null ? IamNames.name(userName, "userName", 1, 128)
        : caller.userName().orElseThrow(() -> new ValidationError(
            "Must specify userName when calling with non-User credentials"));
    return iam.store().read(tx -> {
      StoredUser user = tx.user(caller.accountId(), name).orElse(null);
      iam.access().require(caller, "iam:GetUser", arn(caller, user, name));
      if (user == null) {
        throw noSuchUser(name);
      }
      return new Tagged<>(user, tx.identityTags(user.userId()));
    });
  }

  public Page<StoredUser> list(IamCaller caller, String pathPrefix, String marker,
      Integer maxItems) {
    String prefix = pathPrefix == null ? "/" : pathPrefix;
    IamNames.length(prefix, "pathPrefix", 1, 512);
    int limit = maxItems == null ? 100 : maxItems;
    if (limit < 1 || limit > 1000) {
      throw IamNames.invalid(String.valueOf(limit), "maxItems",
          limit < 1 ? "Member must have value greater than or equal to 1"
              : "Member must have value less than or equal to 1000");
    }
    iam.access().require(caller, "iam:ListUsers", IdentityArns.user(caller.accountId(), "/", ""));
    String after = marker == null ? null : decodeMarker(marker);
    List<StoredUser> users = iam.store().read(tx ->
        tx.users(caller.accountId(), prefix, after, limit + 1));
    if (users.size() <= limit) {
      return new Page<>(users, null);
    }
    List<StoredUser> page = users.subList(0, limit);
    return new Page<>(page, encodeMarker(page.get(limit - 1).userName()));
  }

  public void delete(IamCaller caller, String userName) {
    IamNames.name(userName, "userName", 1, 128);
    changing(tx -> {
      StoredUser user = existing(tx, caller, "iam:DeleteUser", userName);
      if (!tx.accessKeys(user.userId()).isEmpty()) {
        throw new DeleteConflict("Cannot delete entity, must delete access keys first.");
      }
      owned.requireNoPolicies(tx, PolicyOwner.of(user));
      tx.deleteUser(user.accountId(), user.userId());
      return null;
    });
  }

  public void tag(IamCaller caller, String userName, Map<String, String> tags) {
    IamNames.name(userName, "userName", 1, 128);
    IamNames.tags(tags, 0);
    changing(tx -> {
      StoredUser user = existing(tx, caller, "iam:TagUser", userName);
      IamNames.addTags(tx, user.userId(), tags);
      return null;
    });
  }

  public void putPolicy(IamCaller caller, String userName, String policyName, String document) {
    IamNames.name(userName, "userName", 1, 128);
    changing(tx -> {
      owned.put(tx, owner(tx, caller, "iam:PutUserPolicy", userName), policyName, document);
      return null;
    });
  }

  public String getPolicy(IamCaller caller, String userName, String policyName) {
    IamNames.name(userName, "userName", 1, 128);
    return iam.store().read(tx ->
        owned.get(tx, owner(tx, caller, "iam:GetUserPolicy", userName), policyName));
  }

  public void deletePolicy(IamCaller caller, String userName, String policyName) {
    IamNames.name(userName, "userName", 1, 128);
    changing(tx -> {
      owned.delete(tx, owner(tx, caller, "iam:DeleteUserPolicy", userName), policyName);
      return null;
    });
  }

  public void attachPolicy(IamCaller caller, String userName, String policyArn) {
    IamNames.name(userName, "userName", 1, 128);
    changing(tx -> {
      owned.attach(tx, owner(tx, caller, "iam:AttachUserPolicy", userName), policyArn);
      return null;
    });
  }

  public void detachPolicy(IamCaller caller, String userName, String policyArn) {
    IamNames.name(userName, "userName", 1, 128);
    changing(tx -> {
      owned.detach(tx, owner(tx, caller, "iam:DetachUserPolicy", userName), policyArn);
      return null;
    });
  }

  private PolicyOwner owner(ReadTransaction tx, IamCaller caller, String action, String name) {
    return PolicyOwner.of(existing(tx, caller, action, name));
  }

  /** Authorizes the action on the user (existing or not, as IAM does), then requires it. */
  private StoredUser existing(ReadTransaction tx, IamCaller caller, String action, String name) {
    StoredUser user = tx.user(caller.accountId(), name).orElse(null);
    iam.access().require(caller, action, arn(caller, user, name));
    if (user == null) {
      throw noSuchUser(name);
    }
    return user;
  }

  private <T> T changing(java.util.function.Function<WriteTransaction, T> work) {
    T result = iam.store().write(work);
    iam.changed().run();
    return result;
  }

  private static String arn(IamCaller caller, StoredUser user, String name) {
    return user != null ? IdentityArns.user(user.accountId(), user.path(), user.userName())
        : IdentityArns.user(caller.accountId(), "/", name);
  }

  static NoSuchEntity noSuchUser(String name) {
    return new NoSuchEntity("The user with name " + name + " cannot be found.");
  }

  private static EntityAlreadyExists alreadyExists(String name) {
    return new EntityAlreadyExists("User with name " + name + " already exists.");
  }

  private static String encodeMarker(String name) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(name.getBytes(StandardCharsets.UTF_8));
  }

  private static String decodeMarker(String marker) {
    try {
      return new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ValidationError("Invalid Marker.");
    }
  }
}
