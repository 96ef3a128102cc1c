package dev.trent.core.iam;

import dev.trent.core.identity.IdentityArns;
import java.util.Optional;

/**
 * Who calls the IAM or STS API, as authentication established it.
 *
 * @param accountId the caller's account
 * @param principalArn the caller: account root, IAM user or assumed-role session
 * @param accessKeyId the access key that signed the call
 */
public record IamCaller(String accountId, String principalArn, String accessKeyId) {
  public boolean isAccountRoot() {
    return principalArn.equals(IdentityArns.root(accountId));
  }

  /** The caller's user name when the caller is an IAM user. */
  public Optional<String> userName() {
    return IdentityArns.userOf(principalArn).map(IdentityArns.Named::name);
  }

  /** The role name when the caller is an assumed-role session. */
  public Optional<String> sessionRoleName() {
    return IdentityArns.sessionRoleOf(principalArn).map(IdentityArns.Named::name);
  }
}
