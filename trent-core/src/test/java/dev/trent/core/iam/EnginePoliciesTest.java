package dev.trent.core.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.core.iam.PolicyLanguage.Decision;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Identity policies combine as IAM's (deny wins, else any allow); trust policies tell delegation. */
class EnginePoliciesTest {
  private static final String ALICE = "arn:aws:iam::111122223333:user/alice";
  private static final String ROLE = "arn:aws:iam::111122223333:role/R";
  private final EnginePolicies engine = new EnginePolicies();

  private static String identity(String effect, String action, String resource) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"" + effect
        + "\",\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\"}]}";
  }

  private static String trust(String principal) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\""
        + principal + "\"},\"Action\":\"sts:AssumeRole\"}]}";
  }

  private Decision decide(List<String> policies, String action, String resource) {
    return engine.identityDecision(policies, ALICE, "111122223333", null, action, resource, Map.of());
  }

  @Test
  void identityPolicies_anyAllowAllows_anyDenyWins() {
    String allow = identity("Allow", "iam:CreateUser", "*");
    String deny = identity("Deny", "iam:*", "arn:aws:iam::111122223333:user/admin*");
    assertThat(decide(List.of(), "iam:CreateUser", "arn:aws:iam::111122223333:user/x"))
        .isEqualTo(Decision.NOT_APPLICABLE);
    assertThat(decide(List.of(allow, deny), "iam:CreateUser", "arn:aws:iam::111122223333:user/x"))
        .isEqualTo(Decision.ALLOW);
    assertThat(decide(List.of(allow, deny), "iam:CreateUser",
        "arn:aws:iam::111122223333:user/admin1")).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(decide(List.of(allow), "iam:DeleteUser", "arn:aws:iam::111122223333:user/x"))
        .isEqualTo(Decision.NOT_APPLICABLE);
  }

  @Test
  void identityPolicy_conditionOnPrincipalTag_usesTheConditions() {
    String tagged = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
        + "\"iam:GetUser\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":"
        + "{\"aws:PrincipalTag/team\":\"a\"}}}]}";
    assertThat(engine.identityDecision(List.of(tagged), ALICE, "111122223333", null, "iam:GetUser",
        "*", Map.of("aws:PrincipalTag/team", List.of("a")))).isEqualTo(Decision.ALLOW);
    assertThat(engine.identityDecision(List.of(tagged), ALICE, "111122223333", null, "iam:GetUser",
        "*", Map.of("aws:PrincipalTag/team", List.of("b")))).isEqualTo(Decision.NOT_APPLICABLE);
  }

  @Test
  void trustPolicy_namingTheCaller_allows_namingTheAccount_delegates() {
    assertThat(engine.trustDecision(trust(ALICE), ALICE, "111122223333", null, "sts:AssumeRole",
        ROLE, Map.of())).isEqualTo(Decision.ALLOW);
    assertThat(engine.trustDecision(trust("arn:aws:iam::111122223333:root"), ALICE,
        "111122223333", null, "sts:AssumeRole", ROLE, Map.of()))
        .isEqualTo(Decision.ALLOW_VIA_ACCOUNT);
    assertThat(engine.trustDecision(trust("arn:aws:iam::444455556666:root"), ALICE,
        "111122223333", null, "sts:AssumeRole", ROLE, Map.of()))
        .isEqualTo(Decision.NOT_APPLICABLE);
  }

  @Test
  void malformedDocuments_areMalformedPolicyDocument() {
    assertThatThrownBy(() -> engine.checkIdentityPolicy("{\"Statement\":[]"))
        .isInstanceOf(MalformedPolicyDocument.class);
    // An identity policy names no principal; a trust policy must.
    assertThatThrownBy(() -> engine.checkTrustPolicy(identity("Allow", "sts:AssumeRole", "*")))
        .isInstanceOf(MalformedPolicyDocument.class);
    engine.checkIdentityPolicy(identity("Allow", "kms:*", "*"));
    engine.checkTrustPolicy(trust(ALICE));
  }
}
