package dev.trent.core.iam;

import dev.trent.core.identity.IdentityDirectory;

/**
 * Authorizes IAM and STS calls by the caller's identity policies: an account root may do
 * everything in its own account; anyone else needs an identity policy allowing the action on the
 * resource and none denying it, as in IAM. Thread-safe.
 */
public final class IamAccess {
  private final IdentityDirectory directory;
  private final PolicyLanguage policies;

  public IamAccess(IdentityDirectory directory, PolicyLanguage policies) {
    this.directory = directory;
    this.policies = policies;
  }

  /**
   * @param action e.g. {@code iam:CreateUser}
   * @param resource the entity's ARN
   * @throws AccessDenied with AWS's message naming the caller, action, resource and reason
   */
  public void require(IamCaller caller, String action, String resource) {
    if (caller.isAccountRoot() && resource.contains(":" + caller.accountId() + ":")) {
      return;
    }
    PolicyLanguage.Decision decision = identityDecision(caller, action, resource);
    if (decision == PolicyLanguage.Decision.ALLOW) {
      return;
    }
    throw denied(caller, action, resource, decision == PolicyLanguage.Decision.EXPLICIT_DENY
        ? "with an explicit deny in an identity-based policy"
        : "because no identity-based policy allows the " + action + " action");
  }

  /** What the caller's identity policies say, without the account root's exemption. */
  public PolicyLanguage.Decision identityDecision(IamCaller caller, String action, String resource) {
    return policies.identityDecision(directory.identityPolicies(caller.principalArn()),
        caller.principalArn(), caller.accountId(), directory.roleArnOf(caller.principalArn()).orElse(null),
        action, resource);
  }

  static AccessDenied denied(IamCaller caller, String action, String resource, String why) {
    return new AccessDenied("User: " + caller.principalArn() + " is not authorized to perform: "
        + action + " on resource: " + resource + " " + why);
  }
}
