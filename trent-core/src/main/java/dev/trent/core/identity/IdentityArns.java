package dev.trent.core.identity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ARNs of IAM principals and policies, and what a principal ARN names. Trent serves the {@code
 * aws} partition.
 */
public final class IdentityArns {
  private static final Pattern USER = Pattern.compile("arn:aws:iam::([0-9]{12}):user(/.*/|/)([^/]+)");
  private static final Pattern ASSUMED_ROLE =
      Pattern.compile("arn:aws:sts::([0-9]{12}):assumed-role/([^/]+)/([^/]+)");

  private IdentityArns() {}

  public static String root(String accountId) {
    return "arn:aws:iam::" + accountId + ":root";
  }

  public static String user(String accountId, String path, String userName) {
    return "arn:aws:iam::" + accountId + ":user" + path + userName;
  }

  public static String role(String accountId, String path, String roleName) {
    return "arn:aws:iam::" + accountId + ":role" + path + roleName;
  }

  public static String policy(String accountId, String path, String policyName) {
    return "arn:aws:iam::" + accountId + ":policy" + path + policyName;
  }

  public static String assumedRole(String accountId, String roleName, String sessionName) {
    return "arn:aws:sts::" + accountId + ":assumed-role/" + roleName + "/" + sessionName;
  }

  /** An IAM user's ARN as (account, user name), or empty for any other ARN. */
  public static Optional<Named> userOf(String principalArn) {
    Matcher m = USER.matcher(principalArn);
    return m.matches() ? Optional.of(new Named(m.group(1), m.group(3))) : Optional.empty();
  }

  /** An assumed-role session's ARN as (account, role name), or empty for any other ARN. */
  public static Optional<Named> sessionRoleOf(String principalArn) {
    Matcher m = ASSUMED_ROLE.matcher(principalArn);
    return m.matches() ? Optional.of(new Named(m.group(1), m.group(2))) : Optional.empty();
  }

  /** An entity named within an account. */
  public record Named(String accountId, String name) {}
}
