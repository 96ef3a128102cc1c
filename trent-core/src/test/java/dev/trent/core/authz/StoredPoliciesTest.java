package dev.trent.core.authz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.policy.ConditionContext;
import dev.trent.policy.PolicyPrincipal;
import dev.trent.policy.PolicyRequest;
import dev.trent.policy.PolicyVerdict.Outcome;
import org.junit.jupiter.api.Test;

class StoredPoliciesTest {
  private static final PolicyRequest ROOT_ENCRYPT = new PolicyRequest(
      PolicyPrincipal.accountRoot("aws", "111122223333"), "kms:Encrypt",
      "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", ConditionContext.empty());

  @Test
  void storedPolicyThatNoLongerParses_allowsNothing() {
    assertThat(StoredPolicies.parseResource("{\"Statement\":[]}").evaluate(ROOT_ENCRYPT).outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(StoredPolicies.parseIdentity("not json").evaluate(ROOT_ENCRYPT).outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void storedPolicyThatParses_isEvaluated() {
    String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
        + "{\"AWS\":\"111122223333\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";
    assertThat(StoredPolicies.parseResource(policy).evaluate(ROOT_ENCRYPT).outcome()).isEqualTo(Outcome.ALLOW);
  }
}
