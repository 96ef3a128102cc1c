package dev.trent.core.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What authorization needs to know about a calling principal beyond its signature: its identity
 * policies and its tags. The seam between identities (IAM users, roles, sessions) and the policy
 * engine; thread-safe, and fast enough to be asked on every request (implementations cache).
 */
public interface PrincipalDirectory {
  /**
   * The identity-based policy documents (inline and attached managed) in force for the principal,
   * as JSON text. For an assumed-role session ({@code arn:aws:sts::<account>:assumed-role/R/s})
   * those of role R. Empty for an account root and for a principal Trent does not know.
   */
  List<String> identityPolicies(String principalArn);

  /** The tags of the IAM user or role behind the principal ({@code aws:PrincipalTag/*}). */
  Map<String, String> principalTags(String principalArn);

  /**
   * For an assumed-role session, the ARN of its role with the role's path ({@code
   * arn:aws:iam::<account>:role/<path><name>}), which the session ARN does not show; empty for
   * other principals and for a role Trent does not know.
   */
  default Optional<String> roleArn(String principalArn) {
    return Optional.empty();
  }

  /** A directory knowing no identities: every caller is an account root without policies. */
  PrincipalDirectory NONE = new PrincipalDirectory() {
    @Override
    public List<String> identityPolicies(String principalArn) {
      return List.of();
    }

    @Override
    public Map<String, String> principalTags(String principalArn) {
      return Map.of();
    }
  };
}
