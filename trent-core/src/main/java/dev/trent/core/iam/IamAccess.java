package dev.trent.core.iam;

import dev.trent.core.identity.IdentityDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Authorizes IAM and STS calls by the caller's identity policies: an account root may do
 * everything in its own account; anyone else needs an identity policy allowing the action on the
 * resource and none denying it, as in IAM. Thread-safe.
 */
public final class IamAccess {
  private final IdentityDirectory directory;
  private final PolicyLanguage policies;
  private final Clock clock;

  public IamAccess(IdentityDirectory directory, PolicyLanguage policies, Clock clock) {
    this.directory = directory;
    this.policies = policies;
    this.clock = clock;
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
        caller.principalArn(), caller.accountId(), roleArn(caller), action, resource,
        conditions(caller));
  }

  /** How a role's trust policy decides {@code sts:AssumeRole} for the caller. */
  public PolicyLanguage.Decision trustDecision(IamCaller caller, String trustPolicy,
      String roleArn) {
    return policies.trustDecision(trustPolicy, caller.principalArn(), caller.accountId(),
        roleArn(caller), "sts:AssumeRole", roleArn, conditions(caller));
  }

  private String roleArn(IamCaller caller) {
    return directory.roleArn(caller.principalArn()).orElse(null);
  }

  /**
   * The global condition keys IAM sets about the caller: aws:PrincipalArn, aws:PrincipalAccount,
   * aws:PrincipalType, aws:username (users), aws:PrincipalTag/*, aws:CurrentTime, aws:EpochTime.
   */
  private Map<String, List<String>> conditions(IamCaller caller) {
    Map<String, List<String>> keys = new HashMap<>();
    String roleArn = roleArn(caller);
    keys.put("aws:PrincipalArn", List.of(roleArn != null ? roleArn : caller.principalArn()));
    keys.put("aws:PrincipalAccount", List.of(caller.accountId()));
    keys.put("aws:PrincipalType", List.of(caller.isAccountRoot() ? "Account"
        : caller.userName().isPresent() ? "User" : "AssumedRole"));
    caller.userName().ifPresent(name -> keys.put("aws:username", List.of(name)));
    directory.principalTags(caller.principalArn())
        .forEach((k, v) -> keys.put("aws:PrincipalTag/" + k, List.of(v)));
    Instant now = clock.instant();
    keys.put("aws:CurrentTime", List.of(now.truncatedTo(ChronoUnit.SECONDS).toString()));
    keys.put("aws:EpochTime", List.of(String.valueOf(now.getEpochSecond())));
    return keys;
  }

  static AccessDenied denied(IamCaller caller, String action, String resource, String why) {
    return new AccessDenied("User: " + caller.principalArn() + " is not authorized to perform: "
        + action + " on resource: " + resource + " " + why);
  }
}
