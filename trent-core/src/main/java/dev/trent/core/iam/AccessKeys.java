package dev.trent.core.iam;

import dev.trent.core.identity.IdentityArns;
import dev.trent.core.identity.IssuedAccessKey;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredAccessKey;
import dev.trent.store.StoredAccount;
import dev.trent.store.StoredUser;
import dev.trent.store.WriteTransaction;
import java.util.List;

/**
 * Long-term access keys of users and account roots: CreateAccessKey, UpdateAccessKey,
 * ListAccessKeys, DeleteAccessKey. Without a user name an action is about the caller's own keys
 * (a user's, or the account root's). The secret is sealed before it is stored and returned once.
 * Thread-safe.
 */
public final class AccessKeys {
  /** AWS's quota of access keys per user. */
  static final int MAX_PER_USER = 2;

  private final IamServices iam;

  public AccessKeys(IamServices iam) {
    this.iam = iam;
  }

  public IssuedAccessKey create(IamCaller caller, String userName) {
    Holder holder = holder(caller, userName);
    return changing(tx -> {
      Holder h = resolve(tx, caller, holder, "iam:CreateAccessKey");
      if (h.userName() != null && tx.accessKeys(h.ownerId()).size() >= MAX_PER_USER) {
        throw new LimitExceeded("Cannot exceed quota for AccessKeysPerUser: " + MAX_PER_USER);
      }
      return issue(tx, caller.accountId(), h);
    });
  }

  /** A new long-term key of the account root, e.g. for {@code trent iam create-account}. */
  public IssuedAccessKey createRootKey(String accountId) {
    Holder root = new Holder(accountId, IdentityArns.root(accountId), null);
    return changing(tx -> {
      tx.putAccount(new StoredAccount(accountId, iam.clock().instant()));
      return issue(tx, accountId, root);
    });
  }

  /** Installs a root key whose secret the operator chose (the bootstrap's environment). */
  public void installRootKey(String accountId, String accessKeyId, String secretAccessKey) {
    String principal = IdentityArns.root(accountId);
    changing(tx -> {
      tx.putAccount(new StoredAccount(accountId, iam.clock().instant()));
      if (tx.accessKey(accessKeyId).filter(k -> !k.ownerId().equals(accountId)).isPresent()) {
        throw new IllegalArgumentException("Access key " + accessKeyId
            + " belongs to another identity; choose another root access key id.");
      }
      tx.deleteAccessKey(accessKeyId);
      tx.insertAccessKey(new StoredAccessKey(accessKeyId, accountId, accountId, principal, null,
          StoredAccessKey.ACTIVE,
          iam.secrets().seal(secretAccessKey, accessKeyId, accountId, principal), null, null,
          iam.clock().instant()));
      return null;
    });
  }

  /** Whether the account's root has any access key. */
  public boolean rootHasKeys(String accountId) {
    return !iam.store().read(tx -> tx.accessKeys(accountId)).isEmpty();
  }

  public void updateStatus(IamCaller caller, String userName, String accessKeyId, String status) {
    IamNames.required(accessKeyId, "accessKeyId");
    IamNames.required(status, "status");
    if (!status.equals(StoredAccessKey.ACTIVE) && !status.equals(StoredAccessKey.INACTIVE)) {
      throw IamNames.invalid(status, "status",
          "Member must satisfy enum value set: [Active, Inactive]");
    }
    Holder holder = holder(caller, userName);
    changing(tx -> {
      Holder h = resolve(tx, caller, holder, "iam:UpdateAccessKey");
      owned(tx, h, accessKeyId);
      tx.updateAccessKeyStatus(accessKeyId, status);
      return null;
    });
  }

  public List<StoredAccessKey> list(IamCaller caller, String userName) {
    Holder holder = holder(caller, userName);
    return iam.store().read(tx -> tx.accessKeys(
        resolve(tx, caller, holder, "iam:ListAccessKeys").ownerId()));
  }

  public void delete(IamCaller caller, String userName, String accessKeyId) {
    IamNames.required(accessKeyId, "accessKeyId");
    Holder holder = holder(caller, userName);
    changing(tx -> {
      Holder h = resolve(tx, caller, holder, "iam:DeleteAccessKey");
      owned(tx, h, accessKeyId);
      tx.deleteAccessKey(accessKeyId);
      return null;
    });
  }

  private IssuedAccessKey issue(WriteTransaction tx, String accountId, Holder h) {
    String id = iam.ids().longTermAccessKeyId();
    String secret = iam.ids().secretAccessKey();
    tx.insertAccessKey(new StoredAccessKey(id, accountId, h.ownerId(), h.principalArn(),
        h.userName(), StoredAccessKey.ACTIVE,
        iam.secrets().seal(secret, id, accountId, h.principalArn()), null, null,
        iam.clock().instant()));
    return new IssuedAccessKey(id, secret, null, null, accountId, h.principalArn(),
        iam.clock().instant());
  }

  private static void owned(ReadTransaction tx, Holder h, String accessKeyId) {
    if (tx.accessKey(accessKeyId).filter(k -> k.ownerId().equals(h.ownerId())).isEmpty()) {
      throw new NoSuchEntity("The Access Key with id " + accessKeyId + " cannot be found.");
    }
  }

  /** Who the action is about, before the store is read: a named user, the caller, or the root. */
  private static Holder holder(IamCaller caller, String userName) {
    if (userName != null) {
      IamNames.name(userName, "userName", 1, 128);
      return new Holder(null, null, userName);
    }
    if (caller.isAccountRoot()) {
      return new Holder(caller.accountId(), caller.principalArn(), null);
    }
    return new Holder(null, null, caller.userName().orElseThrow(() -> new ValidationError(
        "Must specify userName when calling with non-User credentials")));
  }

  /** Authorizes the action on the holder, then finds the user behind it. */
  private Holder resolve(ReadTransaction tx, IamCaller caller, Holder holder, String action) {
    if (holder.userName() == null) {
      iam.access().require(caller, action, holder.principalArn());
      return holder;
    }
    StoredUser user = tx.user(caller.accountId(), holder.userName()).orElse(null);
    iam.access().require(caller, action, user != null
        ? IdentityArns.user(user.accountId(), user.path(), user.userName())
        : IdentityArns.user(caller.accountId(), "/", holder.userName()));
    if (user == null) {
      throw IamUsers.noSuchUser(holder.userName());
    }
    return new Holder(user.userId(), IdentityArns.user(user.accountId(), user.path(),
        user.userName()), user.userName());
  }

  private <T> T changing(java.util.function.Function<WriteTransaction, T> work) {
    T result = iam.store().write(work);
    iam.changed().run();
    return result;
  }

  /** The owner of keys: a user (with its name) or an account root (no name). */
  private record Holder(String ownerId, String principalArn, String userName) {}
}
