package dev.trent.core.authz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trent.core.identity.PrincipalDirectory;
import dev.trent.core.ops.policies.DefaultKeyPolicy;
import dev.trent.policy.ConditionContext;
import dev.trent.policy.PolicyPrincipal;
import dev.trent.store.StoredKey;
import dev.trent.store.jdbc.ChangeFanout;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthorizerTest {
  static final String ACCOUNT = "111122223333";
  static final String OTHER = "444455556666";
  static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";
  static final String KEY_ARN = "arn:aws:kms:us-east-1:111122223333:key/" + KEY_ID;
  static final PolicyPrincipal ROOT = Caller.principal("arn:aws:iam::111122223333:root", ACCOUNT);
  static final PolicyPrincipal ALICE = Caller.principal("arn:aws:iam::111122223333:user/alice", ACCOUNT);
  static final PolicyPrincipal OTHER_ROOT = Caller.principal("arn:aws:iam::444455556666:root", OTHER);
  static final PolicyPrincipal CAROL = Caller.principal("arn:aws:iam::444455556666:user/carol", OTHER);
  static final PolicyPrincipal SESSION =
      Caller.principal("arn:aws:sts::111122223333:assumed-role/app/s1", ACCOUNT);

  static final String ALLOW_ENCRYPT = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Action\":\"kms:Encrypt\",\"Resource\":\"*\"}]}";
  static final String DENY_ENCRYPT = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
      + "\"Action\":\"kms:Encrypt\",\"Resource\":\"*\"}]}";

  private Map<String, List<String>> identityPolicies = Map.of();
  private final Authorizer authorizer = new Authorizer(new PrincipalDirectory() {
    @Override
    public List<String> identityPolicies(String principalArn) {
      return identityPolicies.getOrDefault(principalArn, List.of());
    }

    @Override
    public Map<String, String> principalTags(String principalArn) {
      return Map.of();
    }
  }, new GrantAuthority(new ChangeFanout(), 100));

  private static final java.util.concurrent.atomic.AtomicLong VERSIONS = new java.util.concurrent.atomic.AtomicLong();

  /** The key under a new version each time: parsed policies are cached by key id and version. */
  static StoredKey key(String policy) {
    return new StoredKey(KEY_ID, ACCOUNT, "us-east-1", "", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT",
        "AWS_KMS", "Enabled", Instant.EPOCH, null, null, policy, "m", VERSIONS.incrementAndGet());
  }

  static String keyPolicy(String principal, String effect, String action) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"" + effect + "\",\"Principal\":"
        + "{\"AWS\":\"" + principal + "\"},\"Action\":\"" + action + "\",\"Resource\":\"*\"}]}";
  }

  private Optional<Denial> encrypt(PolicyPrincipal caller, String policy, boolean grantAllows) {
    return authorizer.decideOnKey(caller, "kms:Encrypt", key(policy), KEY_ARN, ConditionContext.empty(),
        () -> grantAllows);
  }

  private Optional<Denial> encrypt(PolicyPrincipal caller, String policy) {
    return encrypt(caller, policy, false);
  }

  /** CreateGrant by {@code caller} with {@code constraints} (JSON, or null) under {@code policy}. */
  private Optional<Denial> createGrant(PolicyPrincipal caller, String policy, String constraints)
      throws Exception {
    String input = "{\"Operations\":[\"Encrypt\"]"
        + (constraints == null ? "" : ",\"Constraints\":" + constraints) + "}";
    RequestFacts facts = RequestFacts.of("CreateGrant", new ObjectMapper().readTree(input));
    StoredKey key = key(policy);
    RequestConditions conditions = new RequestConditions(new RequestConditions.Call(caller, "us-east-1",
        "127.0.0.1", Instant.EPOCH, facts, Map::of),
        new RequestConditions.Check(null, key, facts.conditionContext("kms:CreateGrant"), null, null));
    return authorizer.decideOnKey(caller, "kms:CreateGrant", key, KEY_ARN, conditions, () -> false);
  }

  @Test
  void createGrant_encryptionContextConditions_readTheGrantsConstraint() throws Exception {
    String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
        + "\"Principal\":{\"AWS\":\"arn:aws:iam::444455556666:root\"},\"Action\":\"kms:CreateGrant\","
        + "\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"kms:EncryptionContext:purpose\":\"orders\"},"
        + "\"ForAllValues:StringEquals\":{\"kms:EncryptionContextKeys\":[\"purpose\"]}}}]}";
    assertThat(createGrant(OTHER_ROOT, policy, "{\"EncryptionContextSubset\":{\"purpose\":\"orders\"}}"))
        .isEmpty();
    assertThat(createGrant(OTHER_ROOT, policy, "{\"EncryptionContextEquals\":{\"purpose\":\"orders\"}}"))
        .isEmpty();
    assertThat(createGrant(OTHER_ROOT, policy, null)).contains(Denial.NO_RESOURCE_POLICY_ALLOWS);
    assertThat(createGrant(OTHER_ROOT, policy, "{\"EncryptionContextSubset\":{\"purpose\":\"billing\"}}"))
        .contains(Denial.NO_RESOURCE_POLICY_ALLOWS);
    assertThat(createGrant(OTHER_ROOT, policy,
        "{\"EncryptionContextEquals\":{\"purpose\":\"orders\",\"team\":\"a\"}}"))
        .as("a key outside ForAllValues").contains(Denial.NO_RESOURCE_POLICY_ALLOWS);
  }

  @Test
  void defaultPolicy_allowsTheRoot_andDelegatesToIdentityPolicies() {
    String policy = DefaultKeyPolicy.forAccount(ACCOUNT);
    assertThat(encrypt(ROOT, policy)).isEmpty();
    assertThat(encrypt(ALICE, policy)).contains(Denial.NO_IDENTITY_POLICY_ALLOWS);

    identityPolicies = Map.of(ALICE.arn(), List.of(ALLOW_ENCRYPT));
    assertThat(encrypt(ALICE, policy)).isEmpty();
  }

  @Test
  void identityPolicyDeny_winsOverEverything() {
    identityPolicies = Map.of(ALICE.arn(), List.of(ALLOW_ENCRYPT, DENY_ENCRYPT));
    assertThat(encrypt(ALICE, keyPolicy(ALICE.arn(), "Allow", "kms:*"), true))
        .contains(Denial.EXPLICIT_DENY_IN_IDENTITY_POLICY);
  }

  @Test
  void keyPolicyDeny_winsOverAllowsAndGrants() {
    String policy = "{\"Version\":\"2012-10-17\",\"Statement\":["
        + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"},"
        + "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"kms:Encrypt\",\"Resource\":\"*\"}]}";
    assertThat(encrypt(ROOT, policy, true)).contains(Denial.EXPLICIT_DENY_IN_RESOURCE_POLICY);
  }

  @Test
  void keyPolicyNamingTheUser_allowsWithoutAnyIdentityPolicy() {
    assertThat(encrypt(ALICE, keyPolicy(ALICE.arn(), "Allow", "kms:Encrypt"))).isEmpty();
    assertThat(encrypt(ALICE, keyPolicy(ALICE.arn(), "Allow", "kms:Decrypt")))
        .contains(Denial.NO_RESOURCE_POLICY_ALLOWS);
  }

  @Test
  void policyWithoutAccountDelegation_refusesIamOnlyCallers_andEvenTheRoot() {
    String aliceOnly = keyPolicy(ALICE.arn(), "Allow", "kms:*");
    identityPolicies = Map.of("arn:aws:iam::111122223333:user/bob", List.of(ALLOW_ENCRYPT));
    PolicyPrincipal bob = Caller.principal("arn:aws:iam::111122223333:user/bob", ACCOUNT);
    assertThat(encrypt(bob, aliceOnly)).contains(Denial.NO_RESOURCE_POLICY_ALLOWS);
    assertThat(encrypt(ROOT, aliceOnly)).contains(Denial.NO_RESOURCE_POLICY_ALLOWS);
  }

  @Test
  void roleNamedInKeyPolicy_allowsItsSessions() {
    assertThat(encrypt(SESSION, keyPolicy("arn:aws:iam::111122223333:role/app", "Allow", "kms:Encrypt")))
        .isEmpty();
  }

  @Test
  void crossAccount_rootOfTheOtherAccount_needsOnlyTheKeyPolicy() {
    assertThat(encrypt(OTHER_ROOT, DefaultKeyPolicy.forAccount(ACCOUNT)))
        .contains(Denial.NO_RESOURCE_POLICY_ALLOWS);
    assertThat(encrypt(OTHER_ROOT, keyPolicy("arn:aws:iam::444455556666:root", "Allow", "kms:Encrypt")))
        .isEmpty();
  }

  @Test
  void crossAccount_userOfTheOtherAccount_needsBothSides() {
    String policy = keyPolicy("arn:aws:iam::444455556666:root", "Allow", "kms:Encrypt");
    assertThat(encrypt(CAROL, policy)).contains(Denial.NO_IDENTITY_POLICY_ALLOWS);
    identityPolicies = Map.of(CAROL.arn(), List.of(ALLOW_ENCRYPT));
    assertThat(encrypt(CAROL, policy)).isEmpty();
    assertThat(encrypt(CAROL, DefaultKeyPolicy.forAccount(ACCOUNT))).contains(Denial.NO_RESOURCE_POLICY_ALLOWS);
  }

  @Test
  void grant_allowsWhenThePoliciesDoNot() {
    assertThat(encrypt(CAROL, DefaultKeyPolicy.forAccount(ACCOUNT), true)).isEmpty();
    assertThat(encrypt(ALICE, DefaultKeyPolicy.forAccount(ACCOUNT), true)).isEmpty();
  }

  @Test
  void accountActions_rootMayDoAnything_othersNeedIdentityPolicies() {
    assertThat(authorizer.decideOnAccount(ROOT, "kms:CreateKey", "*", ACCOUNT, ConditionContext.empty()))
        .isEmpty();
    assertThat(authorizer.decideOnAccount(ALICE, "kms:CreateKey", "*", ACCOUNT, ConditionContext.empty()))
        .contains(Denial.NO_IDENTITY_POLICY_ALLOWS);
    identityPolicies = Map.of(ALICE.arn(), List.of("{\"Version\":\"2012-10-17\",\"Statement\":"
        + "[{\"Effect\":\"Allow\",\"Action\":\"kms:Create*\",\"Resource\":\"*\"}]}"));
    assertThat(authorizer.decideOnAccount(ALICE, "kms:CreateKey", "*", ACCOUNT, ConditionContext.empty()))
        .isEmpty();
  }

  @Test
  void denialMessages_areAwsWording() {
    assertThat(Denial.NO_IDENTITY_POLICY_ALLOWS.message(ALICE.arn(), "kms:Encrypt", KEY_ARN)).isEqualTo(
        "User: arn:aws:iam::111122223333:user/alice is not authorized to perform: kms:Encrypt on resource: "
            + KEY_ARN + " because no identity-based policy allows the kms:Encrypt action");
    assertThat(Denial.NO_RESOURCE_POLICY_ALLOWS.message(ALICE.arn(), "kms:Encrypt", KEY_ARN)).endsWith(
        " because no resource-based policy allows the kms:Encrypt action");
    assertThat(Denial.EXPLICIT_DENY_IN_RESOURCE_POLICY.message(ALICE.arn(), "kms:Encrypt", KEY_ARN)).isEqualTo(
        "User: arn:aws:iam::111122223333:user/alice is not authorized to perform: kms:Encrypt on resource: "
            + KEY_ARN + " with an explicit deny in a resource-based policy");
    assertThat(Denial.EXPLICIT_DENY_IN_IDENTITY_POLICY.message(ALICE.arn(), "kms:Encrypt", KEY_ARN))
        .endsWith(" with an explicit deny in an identity-based policy");
  }

  @Test
  void callerFacts_fromTheArn() {
    assertThat(Caller.type(ROOT)).isEqualTo("Account");
    assertThat(Caller.type(ALICE)).isEqualTo("User");
    assertThat(Caller.type(SESSION)).isEqualTo("AssumedRole");
    assertThat(SESSION.roleArn()).isEqualTo("arn:aws:iam::111122223333:role/app");
    assertThat(Caller.userName("arn:aws:iam::111122223333:user/team/alice")).isEqualTo("alice");
    assertThat(Caller.userName(ROOT.arn())).isNull();
  }
}
