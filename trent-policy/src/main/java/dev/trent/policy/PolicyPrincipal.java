package dev.trent.policy;

import java.util.Objects;

/**
 * Who asks, as a policy sees it.
 *
 * @param arn the caller as AWS shows it: {@code arn:aws:iam::<acct>:root}, {@code
 *     arn:aws:iam::<acct>:user/<path><name>}, {@code arn:aws:sts::<acct>:assumed-role/<role>/<session>}
 * @param accountId the caller's twelve-digit account
 * @param roleArn for an assumed-role session the role's ARN ({@code arn:aws:iam::<acct>:role/<path><name>}),
 *     else null; a policy naming the role matches its sessions
 */
public record PolicyPrincipal(String arn, String accountId, String roleArn) {
  public PolicyPrincipal {
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(accountId, "accountId");
  }

  /** The account's root user: {@code arn:<partition>:iam::<accountId>:root}. */
  public static PolicyPrincipal accountRoot(String partition, String accountId) {
    return new PolicyPrincipal("arn:" + partition + ":iam::" + accountId + ":root", accountId, null);
  }

  /** True if this is the root user of its account. Allocation-free: it runs on every request. */
  public boolean isAccountRoot() {
    // arn:<partition>:iam::<accountId>:root
    int tail = arn.length() - ":root".length();
    int accountStart = tail - accountId.length();
    int iamStart = accountStart - ":iam::".length();
    return arn.endsWith(":root")
        && iamStart > "arn:".length()
        && arn.startsWith("arn:")
        && arn.regionMatches(accountStart, accountId, 0, accountId.length())
        && arn.regionMatches(iamStart, ":iam::", 0, ":iam::".length())
        && arn.indexOf(':', "arn:".length()) == iamStart;
  }
}
