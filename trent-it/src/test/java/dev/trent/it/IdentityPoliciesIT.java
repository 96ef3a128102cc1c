package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.core.identity.PrincipalDirectory;
import dev.trent.server.config.AccessKeyConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * Identity policies next to key policies, in strict mode: IAM users of account 111122223333 whose
 * policies come from a fixed directory (the seam the IAM API fills in production), and a user of
 * account 444455556666 for cross-account use.
 */
class IdentityPoliciesIT {
  static final String ACCOUNT = "111122223333";
  static final String ALICE = "arn:aws:iam::111122223333:user/alice";
  static final String BOB = "arn:aws:iam::111122223333:user/bob";
  static final String CAROL = "arn:aws:iam::444455556666:user/carol";
  static final String DAVE = "arn:aws:iam::111122223333:user/dave";
  static final String CREATE_ONLY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Action\":\"kms:CreateKey\",\"Resource\":\"*\"}]}";
  static final SdkBytes DATA = SdkBytes.fromUtf8String("data");
  static final String ENCRYPT_ANY_KEY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Action\":[\"kms:Encrypt\",\"kms:Decrypt\"],\"Resource\":\"*\"}]}";
  static final String TEAM_A_ONLY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Action\":\"kms:Encrypt\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":"
      + "{\"aws:ResourceTag/team\":\"${aws:PrincipalTag/team}\"}}},"
      + "{\"Effect\":\"Deny\",\"Action\":\"kms:Decrypt\",\"Resource\":\"*\"}]}";

  private static TrentFixture trent;
  private static KmsClient root;
  private static KmsClient alice;
  private static KmsClient bob;
  private static KmsClient carol;
  private static KmsClient dave;

  @BeforeAll
  static void start() {
    Map<String, List<String>> policies = Map.of(ALICE, List.of(ENCRYPT_ANY_KEY), BOB, List.of(TEAM_A_ONLY),
        CAROL, List.of(ENCRYPT_ANY_KEY), DAVE, List.of(CREATE_ONLY));
    trent = TrentFixture.strict(List.of(
        new AccessKeyConfig("AKIAROOT", "root-secret", ACCOUNT, null),
        new AccessKeyConfig("AKIAALICE", "alice-secret", ACCOUNT, ALICE),
        new AccessKeyConfig("AKIABOB", "bob-secret", ACCOUNT, BOB),
        new AccessKeyConfig("AKIACAROL", "carol-secret", "444455556666", CAROL),
        new AccessKeyConfig("AKIADAVE", "dave-secret", ACCOUNT, DAVE)), new PrincipalDirectory() {
          @Override
          public List<String> identityPolicies(String principalArn) {
            return policies.getOrDefault(principalArn, List.of());
          }

          @Override
          public Map<String, String> principalTags(String principalArn) {
            return BOB.equals(principalArn) ? Map.of("team", "a") : Map.of();
          }
        });
    root = trent.client("AKIAROOT", "root-secret", "us-east-1");
    alice = trent.client("AKIAALICE", "alice-secret", "us-east-1");
    bob = trent.client("AKIABOB", "bob-secret", "us-east-1");
    carol = trent.client("AKIACAROL", "carol-secret", "us-east-1");
    dave = trent.client("AKIADAVE", "dave-secret", "us-east-1");
  }

  @AfterAll
  static void stop() {
    for (KmsClient c : new KmsClient[] {root, alice, bob, carol, dave}) {
      c.close();
    }
    trent.close();
  }

  static String arn(String keyId) {
    return "arn:aws:kms:us-east-1:111122223333:key/" + keyId;
  }

  static String denied(String who, String action, String resource, String why) {
    return "User: " + who + " is not authorized to perform: " + action + " on resource: " + resource + " " + why;
  }

  @Test
  void defaultKeyPolicy_delegatesToIdentityPolicies() {
    String keyId = root.createKey(r -> r.description("default")).keyMetadata().keyId();
    var blob = alice.encrypt(r -> r.keyId(keyId).plaintext(DATA)).ciphertextBlob();
    assertThat(alice.decrypt(r -> r.ciphertextBlob(blob)).plaintext()).isEqualTo(DATA);
    assertKmsError(() -> alice.describeKey(r -> r.keyId(keyId)), "AccessDeniedException",
        denied(ALICE, "kms:DescribeKey", arn(keyId), "because no identity-based policy allows the kms:DescribeKey action"));
    assertKmsError(() -> alice.createKey(r -> r.description("x")), "AccessDeniedException",
        denied(ALICE, "kms:CreateKey", "*", "because no identity-based policy allows the kms:CreateKey action"));
    assertKmsError(() -> alice.listKeys(), "AccessDeniedException",
        denied(ALICE, "kms:ListKeys", "*", "because no identity-based policy allows the kms:ListKeys action"));
  }

  @Test
  void keyPolicyWithoutAccountDelegation_blocksIamOnlyCallers() {
    String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\""
        + BOB + "\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";
    String keyId = root.createKey(r -> r.policy(policy).bypassPolicyLockoutSafetyCheck(true)).keyMetadata().keyId();
    assertKmsError(() -> alice.encrypt(r -> r.keyId(keyId).plaintext(DATA)), "AccessDeniedException",
        denied(ALICE, "kms:Encrypt", arn(keyId), "because no resource-based policy allows the kms:Encrypt action"));
    // Bob is named by the key policy itself: no identity policy needed, but his explicit deny still wins.
    assertThat(bob.describeKey(r -> r.keyId(keyId)).keyMetadata().keyId()).isEqualTo(keyId);
    var blob = bob.encrypt(r -> r.keyId(keyId).plaintext(DATA)).ciphertextBlob();
    assertKmsError(() -> bob.decrypt(r -> r.ciphertextBlob(blob)), "AccessDeniedException",
        denied(BOB, "kms:Decrypt", arn(keyId), "with an explicit deny in an identity-based policy"));
  }

  @Test
  void createKeyWithTags_needsTagResourceToo() {
    assertThat(dave.createKey(r -> r.description("untagged")).keyMetadata().keyId()).isNotBlank();
    assertKmsError(() -> dave.createKey(r -> r.tags(software.amazon.awssdk.services.kms.model.Tag.builder()
            .tagKey("team").tagValue("a").build())), "AccessDeniedException",
        denied(DAVE, "kms:TagResource", "*", "because no identity-based policy allows the kms:TagResource action"));
  }

  @Test
  void abac_principalTagMatchesResourceTag() {
    String keyId = root.createKey(r -> r.description("abac")).keyMetadata().keyId();
    assertKmsError(() -> bob.encrypt(r -> r.keyId(keyId).plaintext(DATA)), "AccessDeniedException",
        denied(BOB, "kms:Encrypt", arn(keyId), "because no identity-based policy allows the kms:Encrypt action"));
    root.tagResource(r -> r.keyId(keyId).tags(software.amazon.awssdk.services.kms.model.Tag.builder()
        .tagKey("team").tagValue("a").build()));
    assertThat(bob.encrypt(r -> r.keyId(keyId).plaintext(DATA)).keyId()).isEqualTo(arn(keyId));
  }

  @Test
  void crossAccountUser_needsTheKeyPolicyAndItsIdentityPolicy() {
    String policy = "{\"Version\":\"2012-10-17\",\"Statement\":["
        + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"},"
        + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"444455556666\"},\"Action\":\"kms:Encrypt\",\"Resource\":\"*\"}]}";
    String keyId = root.createKey(r -> r.policy(policy)).keyMetadata().keyId();
    assertThat(carol.encrypt(r -> r.keyId(arn(keyId)).plaintext(DATA)).keyId()).isEqualTo(arn(keyId));
    assertKmsError(() -> carol.generateDataKey(r -> r.keyId(arn(keyId)).numberOfBytes(16)), "AccessDeniedException",
        denied(CAROL, "kms:GenerateDataKey", arn(keyId),
            "because no resource-based policy allows the kms:GenerateDataKey action"));
  }
}
