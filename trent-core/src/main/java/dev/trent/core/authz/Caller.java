package dev.trent.core.authz;

import dev.trent.core.key.Arns;
import dev.trent.policy.PolicyPrincipal;
import java.util.Optional;

/** The calling principal as policies see it, read from its ARN. */
final class Caller {
  private Caller() {}

  /**
   * {@code arn:aws:iam::<acct>:root}, {@code arn:aws:iam::<acct>:user/<path><name>} or {@code
   * arn:aws:sts::<acct>:assumed-role/<role>/<session>}; for a session its role's ARN is known too:
   * the directory's (which has the role's path), else read from the session ARN.
   */
  static PolicyPrincipal principal(String principalArn, String accountId, Optional<String> knownRole) {
    return new PolicyPrincipal(
        principalArn, accountId, knownRole.orElseGet(() -> roleOf(principalArn, accountId)));
  }

  static PolicyPrincipal principal(String principalArn, String accountId) {
    return principal(principalArn, accountId, Optional.empty());
  }

  /** aws:PrincipalType: Account, User or AssumedRole. */
  static String type(PolicyPrincipal p) {
    if (p.isAccountRoot()) {
      return "Account";
    }
    return p.roleArn() != null ? "AssumedRole" : "User";
  }

  /** The user name of an IAM user (aws:username), else null. */
  static String userName(String principalArn) {
    int at = principalArn.indexOf(":user/");
    return at < 0 ? null : principalArn.substring(principalArn.lastIndexOf('/') + 1);
  }

  private static String roleOf(String arn, String accountId) {
    String marker = ":assumed-role/";
    int at = arn.indexOf(marker);
    if (at < 0) {
      return null;
    }
    String rest = arn.substring(at + marker.length());
    int slash = rest.indexOf('/');
    String role = slash < 0 ? rest : rest.substring(0, slash);
    return "arn:" + Arns.PARTITION + ":iam::" + accountId + ":role/" + role;
  }
}
