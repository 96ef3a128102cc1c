package dev.trent.core.iam;

import dev.trent.policy.ConditionContext;
import dev.trent.policy.MalformedPolicyException;
import dev.trent.policy.Policy;
import dev.trent.policy.PolicyPrincipal;
import dev.trent.policy.PolicyRequest;
import dev.trent.policy.PolicyVerdict;
import java.util.List;
import java.util.Map;

/**
 * {@link PolicyLanguage} on Trent's policy engine ({@code dev.trent.policy}): identity policies
 * are combined as IAM does (any explicit deny wins, else any allow). Parsed documents are not
 * cached here; the directory's cache keeps lookups cheap. Thread-safe.
 */
public final class EnginePolicies implements PolicyLanguage {
  @Override
  public void checkIdentityPolicy(String document) {
    try {
      Policy.parseIdentityPolicy(document);
    } catch (MalformedPolicyException e) {
      throw new MalformedPolicyDocument(e.getMessage());
    }
  }

  @Override
  public void checkTrustPolicy(String document) {
    try {
      Policy.parseTrustPolicy(document);
    } catch (MalformedPolicyException e) {
      throw new MalformedPolicyDocument(e.getMessage());
    }
  }

  @Override
  public Decision identityDecision(List<String> policies, String callerArn, String accountId,
      String roleArn, String action, String resource, Map<String, List<String>> conditions) {
    PolicyRequest request = request(callerArn, accountId, roleArn, action, resource, conditions);
    boolean allowed = false;
    for (String document : policies) {
      PolicyVerdict verdict;
      try {
        verdict = Policy.parseIdentityPolicy(document).evaluate(request);
      } catch (MalformedPolicyException e) {
        // Stored documents were valid when put; one that no longer parses grants nothing.
        continue;
      }
      if (verdict.outcome() == PolicyVerdict.Outcome.EXPLICIT_DENY) {
        return Decision.EXPLICIT_DENY;
      }
      allowed |= verdict.outcome() == PolicyVerdict.Outcome.ALLOW;
    }
    return allowed ? Decision.ALLOW : Decision.NOT_APPLICABLE;
  }

  @Override
  public Decision trustDecision(String trustPolicy, String callerArn, String accountId,
      String roleArn, String action, String resource, Map<String, List<String>> conditions) {
    PolicyVerdict verdict;
    try {
      verdict = Policy.parseTrustPolicy(trustPolicy)
          .evaluate(request(callerArn, accountId, roleArn, action, resource, conditions));
    } catch (MalformedPolicyException e) {
      return Decision.NOT_APPLICABLE;
    }
    return switch (verdict.outcome()) {
      case EXPLICIT_DENY -> Decision.EXPLICIT_DENY;
      case ALLOW -> verdict.viaAccountDelegation() ? Decision.ALLOW_VIA_ACCOUNT : Decision.ALLOW;
      case NOT_APPLICABLE -> Decision.NOT_APPLICABLE;
    };
  }

  private static PolicyRequest request(String callerArn, String accountId, String roleArn,
      String action, String resource, Map<String, List<String>> conditions) {
    return new PolicyRequest(new PolicyPrincipal(callerArn, accountId, roleArn), action, resource,
        ConditionContext.of(conditions));
  }
}
