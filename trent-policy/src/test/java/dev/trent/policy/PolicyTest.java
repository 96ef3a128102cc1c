package dev.trent.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public API beyond what the conformance tables show. */
class PolicyTest {
  private static final String KEY_POLICY = """
      {"Version": "2012-10-17", "Id": "key-default-1", "Statement": [
        {"Sid": "Enable IAM User Permissions", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"},
        {"Effect": "Allow", "Principal": {"AWS": ["111122223333", "arn:aws:iam::444455556666:role/R", "*"]},
         "Action": "kms:Encrypt", "Resource": "*"},
        {"Sid": "Deny", "Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::444455556666:role/R"},
         "Action": "kms:Decrypt", "Resource": "*"}]}""";

  @Test
  void parsedPolicy_keepsDocumentAndHeader() {
    Policy policy = Policy.parseResourcePolicy(KEY_POLICY);
    assertThat(policy.json()).isEqualTo(KEY_POLICY);
    assertThat(policy.version()).isEqualTo("2012-10-17");
    assertThat(policy.id()).isEqualTo("key-default-1");
    assertThat(policy.statementSids()).containsExactly("Enable IAM User Permissions", null, "Deny");
    assertThat(policy).hasToString("Policy[3 statements, Sids [Enable IAM User Permissions, null, Deny]]");
  }

  @Test
  void awsPrincipals_listsNamedPrincipalsOnce() {
    assertThat(Policy.parseResourcePolicy(KEY_POLICY).awsPrincipals()).containsExactly(
        "arn:aws:iam::111122223333:root", "111122223333", "arn:aws:iam::444455556666:role/R");
    assertThat(Policy.parseIdentityPolicy("""
        {"Statement": {"Effect": "Allow", "Action": "kms:*", "Resource": "*"}}""").awsPrincipals()).isEmpty();
  }

  @Test
  void documentWithoutVersion_isVersion2008() {
    Policy policy = Policy.parseIdentityPolicy("{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"kms:*\", \"Resource\": \"*\"}}");
    assertThat(policy.version()).isEqualTo("2008-10-17");
    assertThat(policy.id()).isNull();
  }

  @Test
  void denyVerdict_namesTheDenyingStatement() {
    PolicyVerdict verdict = Policy.parseResourcePolicy(KEY_POLICY).evaluate(request(
        new PolicyPrincipal("arn:aws:iam::111122223333:user/alice", "111122223333", null), "kms:Decrypt"));
    assertThat(verdict).isEqualTo(new PolicyVerdict(PolicyVerdict.Outcome.EXPLICIT_DENY, false, "Deny"));
    assertThat(verdict.isExplicitDeny()).isTrue();
    assertThat(verdict.isAllow()).isFalse();
  }

  @Test
  void directAllow_isPreferredOverDelegation_whateverTheOrder() {
    PolicyVerdict verdict = Policy.parseResourcePolicy(KEY_POLICY).evaluate(request(
        new PolicyPrincipal("arn:aws:iam::111122223333:user/alice", "111122223333", null), "kms:Encrypt"));
    assertThat(verdict).isEqualTo(new PolicyVerdict(PolicyVerdict.Outcome.ALLOW, false, null));
  }

  @Test
  void delegatedAllow_reportsDelegation() {
    PolicyVerdict verdict = Policy.parseResourcePolicy(KEY_POLICY).evaluate(request(
        new PolicyPrincipal("arn:aws:iam::111122223333:user/alice", "111122223333", null), "kms:DescribeKey"));
    assertThat(verdict).isEqualTo(new PolicyVerdict(PolicyVerdict.Outcome.ALLOW, true, "Enable IAM User Permissions"));
  }

  @Test
  void verdict_cannotBeDelegatedUnlessAllow() {
    assertThatThrownBy(() -> new PolicyVerdict(PolicyVerdict.Outcome.EXPLICIT_DENY, true, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(PolicyVerdict.NOT_APPLICABLE.outcome()).isEqualTo(PolicyVerdict.Outcome.NOT_APPLICABLE);
  }

  @Test
  void conditionContext_isCopied_andCaseInsensitive() {
    Map<String, List<String>> source = new HashMap<>();
    List<String> values = new ArrayList<>(List.of("a"));
    source.put("aws:TagKeys", values);
    ConditionContext context = ConditionContext.of(source);
    values.add("b");
    source.put("kms:ViaService", List.of("x"));
    assertThat(context.values("AWS:tagkeys")).containsExactly("a");
    assertThat(context.values("kms:ViaService")).isEmpty();
    assertThat(ConditionContext.empty().values("aws:SourceIp")).isEmpty();
  }

  @Test
  void conditionContext_mergesTwoSpellingsOfOneKey() {
    Map<String, List<String>> source = new java.util.LinkedHashMap<>();
    source.put("aws:TagKeys", List.of("a"));
    source.put("AWS:TAGKEYS", List.of("b"));
    assertThat(ConditionContext.of(source).values("aws:tagkeys")).containsExactly("a", "b");
  }

  @Test
  void conditionContext_toString_showsKeysNotValues() {
    ConditionContext context = ConditionContext.of(Map.of("kms:EncryptionContext:secret", List.of("hunter2")));
    assertThat(context.toString()).contains("kms:EncryptionContext:secret").doesNotContain("hunter2");
  }

  @Test
  void malformedPolicyException_isUnchecked_withMessageOnly() {
    MalformedPolicyException e = new MalformedPolicyException("Syntax errors in policy.");
    assertThat(e).isInstanceOf(RuntimeException.class).hasMessage("Syntax errors in policy.").hasNoCause();
    assertThat(e.getStackTrace()).isEmpty();
  }

  @Test
  void nullDocument_isAProgrammingError() {
    assertThatThrownBy(() -> Policy.parseResourcePolicy(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void hugeExponent_isHandledWithoutExpansion() {
    Policy policy = Policy.parseResourcePolicy("""
        {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": "*", "Action": "kms:Encrypt", "Resource": "*",
         "Condition": {"NumericLessThan": {"kms:EncryptionContext:n": 1e999999999}}}}""");
    ConditionContext context = ConditionContext.of(Map.of("kms:EncryptionContext:n", List.of("5")));
    assertThat(policy.evaluate(new PolicyRequest(null, "kms:Encrypt", "*", context)).isAllow()).isTrue();
  }

  private static PolicyRequest request(PolicyPrincipal principal, String action) {
    return new PolicyRequest(principal, action, "arn:aws:kms:us-east-1:111122223333:key/k", ConditionContext.empty());
  }
}
