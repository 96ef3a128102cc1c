package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.keyArn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.Tag;

/**
 * Key policies decide, through the real SDK: accounts are dev-auth access keys named for their
 * account (111122223333 owns the keys, 444455556666 is another account), each its account's root.
 */
@SharedTrent
class AuthorizationIT {
  static final String OWNER_ROOT = "arn:aws:iam::111122223333:root";
  static final String OTHER = "444455556666";
  static final String OTHER_ROOT = "arn:aws:iam::444455556666:root";
  static final SdkBytes DATA = SdkBytes.fromUtf8String("secret");

  private static TrentFixture trent;
  private static KmsClient kms;
  private static KmsClient other;

  @BeforeAll
  static void otherAccount() {
    other = trent.client(OTHER, "x", "us-east-1");
  }

  @AfterAll
  static void close() {
    other.close();
  }

  static String statement(String effect, String principal, String actions, String condition) {
    return "{\"Effect\":\"" + effect + "\",\"Principal\":{\"AWS\":\"" + principal + "\"},\"Action\":"
        + actions + ",\"Resource\":\"*\"" + (condition == null ? "" : ",\"Condition\":" + condition) + "}";
  }

  static String policy(String... statements) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
  }

  static String denied(String who, String action, String keyId, String why) {
    return "User: " + who + " is not authorized to perform: " + action + " on resource: " + keyArn(keyId)
        + " " + why;
  }

  private static String key(String policy) {
    return kms.createKey(r -> r.policy(policy).bypassPolicyLockoutSafetyCheck(true)).keyMetadata().keyId();
  }

  @Test
  void defaultPolicy_otherAccount_isDeniedByTheResourcePolicy() {
    String keyId = kms.createKey(r -> r.description("default")).keyMetadata().keyId();
    assertThat(kms.encrypt(r -> r.keyId(keyId).plaintext(DATA)).keyId()).isEqualTo(keyArn(keyId));
    assertKmsError(() -> other.encrypt(r -> r.keyId(keyArn(keyId)).plaintext(DATA)), "AccessDeniedException",
        denied(OTHER_ROOT, "kms:Encrypt", keyId, "because no resource-based policy allows the kms:Encrypt action"));
  }

  @Test
  void policyWithoutAccountDelegation_deniesEvenTheOwningRoot() {
    String keyId = key(policy(statement("Allow", OTHER_ROOT, "\"kms:*\"", null)));
    assertKmsError(() -> kms.encrypt(r -> r.keyId(keyId).plaintext(DATA)), "AccessDeniedException",
        denied(OWNER_ROOT, "kms:Encrypt", keyId, "because no resource-based policy allows the kms:Encrypt action"));
    assertKmsError(() -> kms.describeKey(r -> r.keyId(keyId)), "AccessDeniedException",
        denied(OWNER_ROOT, "kms:DescribeKey", keyId,
            "because no resource-based policy allows the kms:DescribeKey action"));
  }

  @Test
  void crossAccountEncrypt_withTheKeyArn_whenThePolicyNamesTheAccount() {
    String keyId = key(policy(statement("Allow", OWNER_ROOT, "\"kms:*\"", null),
        statement("Allow", OTHER_ROOT, "[\"kms:Encrypt\",\"kms:Decrypt\",\"kms:DescribeKey\"]", null)));
    var encrypted = other.encrypt(r -> r.keyId(keyArn(keyId)).plaintext(DATA));
    assertThat(encrypted.keyId()).isEqualTo(keyArn(keyId));
    assertThat(other.decrypt(r -> r.ciphertextBlob(encrypted.ciphertextBlob())).plaintext()).isEqualTo(DATA);
    assertThat(kms.decrypt(r -> r.ciphertextBlob(encrypted.ciphertextBlob())).plaintext()).isEqualTo(DATA);

    // A bare key id names a key of the caller's own account, as in AWS.
    assertKmsError(() -> other.encrypt(r -> r.keyId(keyId).plaintext(DATA)), "NotFoundException",
        "Key '" + keyArn(OTHER, "us-east-1", keyId) + "' does not exist");
    // Actions the policy does not give the other account.
    assertKmsError(() -> other.generateDataKey(r -> r.keyId(keyArn(keyId)).numberOfBytes(32)),
        "AccessDeniedException", denied(OTHER_ROOT, "kms:GenerateDataKey", keyId,
            "because no resource-based policy allows the kms:GenerateDataKey action"));
  }

  @Test
  void crossAccount_managementOperations_areRefused_whateverThePolicySays() {
    String keyId = key(policy(statement("Allow", OWNER_ROOT, "\"kms:*\"", null),
        statement("Allow", OTHER_ROOT, "\"kms:*\"", null)));
    assertKmsError(() -> other.disableKey(r -> r.keyId(keyArn(keyId))), "AccessDeniedException",
        denied(OTHER_ROOT, "kms:DisableKey", keyId, "because no resource-based policy allows the kms:DisableKey action"));
    assertThat(other.describeKey(r -> r.keyId(keyArn(keyId))).keyMetadata().keyId()).isEqualTo(keyId);
  }

  @Test
  void keyOfAnotherAccountThatDoesNotExist_isAccessDenied() {
    String missing = "0a1b2c3d-1111-2222-3333-444455556666";
    assertKmsError(() -> other.encrypt(r -> r.keyId(keyArn(missing)).plaintext(DATA)), "AccessDeniedException",
        denied(OTHER_ROOT, "kms:Encrypt", missing, "because no resource-based policy allows the kms:Encrypt action"));
  }

  @Test
  void explicitDenyWithAnEncryptionContextCondition() {
    String keyId = key(policy(statement("Allow", OWNER_ROOT, "\"kms:*\"", null),
        statement("Deny", "*", "\"kms:Encrypt\"",
            "{\"StringNotEquals\":{\"kms:EncryptionContext:purpose\":\"orders\"}}")));
    assertThat(kms.encrypt(r -> r.keyId(keyId).plaintext(DATA).encryptionContext(Map.of("purpose", "orders")))
        .keyId()).isEqualTo(keyArn(keyId));
    assertKmsError(() -> kms.encrypt(r -> r.keyId(keyId).plaintext(DATA)
            .encryptionContext(Map.of("purpose", "other"))), "AccessDeniedException",
        denied(OWNER_ROOT, "kms:Encrypt", keyId, "with an explicit deny in a resource-based policy"));
  }

  @Test
  void abac_resourceTagAndRequestAlias() {
    String keyId = key(policy(statement("Allow", OWNER_ROOT, "\"kms:*\"", null),
        statement("Allow", OTHER_ROOT, "\"kms:Encrypt\"",
            "{\"StringEquals\":{\"aws:ResourceTag/team\":\"a\"}}")));
    assertKmsError(() -> other.encrypt(r -> r.keyId(keyArn(keyId)).plaintext(DATA)), "AccessDeniedException",
        denied(OTHER_ROOT, "kms:Encrypt", keyId, "because no resource-based policy allows the kms:Encrypt action"));
    kms.tagResource(r -> r.keyId(keyId).tags(Tag.builder().tagKey("team").tagValue("a").build()));
    assertThat(other.encrypt(r -> r.keyId(keyArn(keyId)).plaintext(DATA)).keyId()).isEqualTo(keyArn(keyId));

    String aliased = key(policy(statement("Allow", OWNER_ROOT, "\"kms:*\"", null),
        statement("Deny", OWNER_ROOT, "\"kms:Encrypt\"", "{\"Null\":{\"kms:RequestAlias\":\"true\"}}")));
    kms.createAlias(r -> r.aliasName("alias/abac-app").targetKeyId(aliased));
    assertThat(kms.encrypt(r -> r.keyId("alias/abac-app").plaintext(DATA)).keyId()).isEqualTo(keyArn(aliased));
    assertKmsError(() -> kms.encrypt(r -> r.keyId(aliased).plaintext(DATA)), "AccessDeniedException",
        denied(OWNER_ROOT, "kms:Encrypt", aliased, "with an explicit deny in a resource-based policy"));
  }

  @Test
  void createAlias_needsPermissionOnTheKey() {
    String keyId = key(policy(statement("Allow", OWNER_ROOT, "\"kms:*\"", null),
        statement("Deny", OWNER_ROOT, "\"kms:CreateAlias\"", null)));
    assertKmsError(() -> kms.createAlias(r -> r.aliasName("alias/denied").targetKeyId(keyId)),
        "AccessDeniedException",
        denied(OWNER_ROOT, "kms:CreateAlias", keyId, "with an explicit deny in a resource-based policy"));
  }
}
