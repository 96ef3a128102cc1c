package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.keyArn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.trent.policy.MalformedPolicyException;
import dev.trent.policy.Policy;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.GetKeyPolicyResponse;
import software.amazon.awssdk.services.kms.model.ListKeyPoliciesResponse;

/** GetKeyPolicy, PutKeyPolicy, ListKeyPolicies, CreateKey's Policy, and the default key policy. */
@SharedTrent
class KeyPoliciesIT {
  static final String DEFAULT_POLICY = "{\n"
      + "  \"Version\" : \"2012-10-17\",\n"
      + "  \"Id\" : \"key-default-1\",\n"
      + "  \"Statement\" : [ {\n"
      + "    \"Sid\" : \"Enable IAM User Permissions\",\n"
      + "    \"Effect\" : \"Allow\",\n"
      + "    \"Principal\" : {\n"
      + "      \"AWS\" : \"arn:aws:iam::111122223333:root\"\n"
      + "    },\n"
      + "    \"Action\" : \"kms:*\",\n"
      + "    \"Resource\" : \"*\"\n"
      + "  } ]\n"
      + "}";
  static final String LOCKOUT = "The new key policy will not allow you to update the key policy in the future.";

  private static TrentFixture trent;
  private static KmsClient kms;

  static String allow(String principal, String actions) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"s\",\"Effect\":\"Allow\","
        + "\"Principal\":{\"AWS\":\"" + principal + "\"},\"Action\":" + actions + ",\"Resource\":\"*\"}]}";
  }

  @Test
  void keyWithoutPolicy_getsTheDefaultKeyPolicy() {
    String keyId = kms.createKey(r -> r.description("default")).keyMetadata().keyId();
    GetKeyPolicyResponse got = kms.getKeyPolicy(r -> r.keyId(keyId));
    assertThat(got.policy()).isEqualTo(DEFAULT_POLICY);
    assertThat(got.policyName()).isEqualTo("default");
    assertThat(kms.getKeyPolicy(r -> r.keyId(keyArn(keyId)).policyName("default")).policy())
        .isEqualTo(DEFAULT_POLICY);
    ListKeyPoliciesResponse listed = kms.listKeyPolicies(r -> r.keyId(keyId));
    assertThat(listed.policyNames()).containsExactly("default");
    assertThat(listed.truncated()).isFalse();
  }

  @Test
  void putKeyPolicy_replacesThePolicy() {
    String keyId = kms.createKey(r -> r.description("put")).keyMetadata().keyId();
    String policy = allow("arn:aws:iam::111122223333:root", "[\"kms:*\"]");
    kms.putKeyPolicy(r -> r.keyId(keyId).policy(policy));
    assertThat(kms.getKeyPolicy(r -> r.keyId(keyId)).policy()).isEqualTo(policy);
  }

  @Test
  void malformedPolicy_isMalformedPolicyDocumentException_withTheEnginesReason() {
    String keyId = kms.createKey(r -> r.description("malformed")).keyMetadata().keyId();
    String bad = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:*\","
        + "\"Resource\":\"*\"}]}";
    String reason = catchThrowableOfType(MalformedPolicyException.class,
        () -> Policy.parseResourcePolicy(bad)).getMessage();
    assertKmsError(() -> kms.putKeyPolicy(r -> r.keyId(keyId).policy(bad)),
        "MalformedPolicyDocumentException", reason);
    assertKmsError(() -> kms.createKey(r -> r.policy(bad)), "MalformedPolicyDocumentException", reason);
    assertThat(kms.getKeyPolicy(r -> r.keyId(keyId)).policy()).isEqualTo(DEFAULT_POLICY);
  }

  @Test
  void policyOver32Kilobytes_isRefused() {
    String keyId = kms.createKey(r -> r.description("big")).keyMetadata().keyId();
    String big = allow("arn:aws:iam::111122223333:root", "[\"kms:*\"]").replace("\"Sid\":\"s\"",
        "\"Sid\":\"" + "s".repeat(33_000) + "\"");
    assertKmsError(() -> kms.putKeyPolicy(r -> r.keyId(keyId).policy(big)), "LimitExceededException",
        "Policy exceeds the maximum size of 32768 bytes.");
  }

  @Test
  void policyThatLocksTheCallerOut_isRefused_unlessTheCheckIsBypassed() {
    String keyId = kms.createKey(r -> r.description("lockout")).keyMetadata().keyId();
    String othersOnly = allow("arn:aws:iam::444455556666:root", "\"kms:*\"");
    assertKmsError(() -> kms.putKeyPolicy(r -> r.keyId(keyId).policy(othersOnly)),
        "MalformedPolicyDocumentException", LOCKOUT);
    assertKmsError(() -> kms.createKey(r -> r.policy(othersOnly)), "MalformedPolicyDocumentException", LOCKOUT);

    kms.putKeyPolicy(r -> r.keyId(keyId).policy(othersOnly).bypassPolicyLockoutSafetyCheck(true));

    assertKmsError(() -> kms.getKeyPolicy(r -> r.keyId(keyId)), "AccessDeniedException",
        "User: arn:aws:iam::111122223333:root is not authorized to perform: kms:GetKeyPolicy on resource: "
            + keyArn(keyId) + " because no resource-based policy allows the kms:GetKeyPolicy action");
  }

  @Test
  void createKey_withAPolicyAllowingTheCaller_storesIt() {
    String policy = allow("arn:aws:iam::111122223333:root", "[\"kms:PutKeyPolicy\",\"kms:GetKeyPolicy\"]");
    String keyId = kms.createKey(r -> r.policy(policy)).keyMetadata().keyId();
    assertThat(kms.getKeyPolicy(r -> r.keyId(keyId)).policy()).isEqualTo(policy);
    // The policy does not allow Encrypt, even to the account's root.
    assertKmsError(() -> kms.encrypt(r -> r.keyId(keyId).plaintext(
            software.amazon.awssdk.core.SdkBytes.fromUtf8String("x"))), "AccessDeniedException",
        "User: arn:aws:iam::111122223333:root is not authorized to perform: kms:Encrypt on resource: "
            + keyArn(keyId) + " because no resource-based policy allows the kms:Encrypt action");
  }

  @Test
  void policyNameOtherThanDefault_isNotFound() {
    String keyId = kms.createKey(r -> r.description("names")).keyMetadata().keyId();
    assertKmsError(() -> kms.getKeyPolicy(r -> r.keyId(keyId).policyName("other")), "NotFoundException",
        "No such policy exists");
    assertKmsError(() -> kms.putKeyPolicy(r -> r.keyId(keyId).policyName("other").policy(DEFAULT_POLICY)),
        "NotFoundException", "No such policy exists");
  }
}
