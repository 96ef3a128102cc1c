package dev.trent.core.iam;

import dev.trent.core.identity.IdentityArns;
import dev.trent.store.StoredRole;
import dev.trent.store.StoredUser;

/**
 * A user or role as the owner of inline policies and attachments.
 *
 * @param kind {@code User} or {@code Role}, as the actions name it ({@code iam:PutUserPolicy})
 * @param ownerId the unique id keying its policies
 */
public record PolicyOwner(String kind, String accountId, String ownerId, String name, String arn) {
  static PolicyOwner of(StoredUser u) {
    return new PolicyOwner("User", u.accountId(), u.userId(), u.userName(),
        IdentityArns.user(u.accountId(), u.path(), u.userName()));
  }

  static PolicyOwner of(StoredRole r) {
    return new PolicyOwner("Role", r.accountId(), r.roleId(), r.roleName(),
        IdentityArns.role(r.accountId(), r.path(), r.roleName()));
  }

  /** AWS's limit on the total size of a user's (2048) or role's (10240) inline policies. */
  int inlineQuota() {
    return kind.equals("User") ? 2048 : 10240;
  }
}
