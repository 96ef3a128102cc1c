package dev.trent.it;

import static dev.trent.it.KmsAssertions.ACCOUNT;
import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.keyArn;
import static dev.trent.it.KmsAssertions.kmsError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.EncryptionAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.KeyManagerType;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.ScheduleKeyDeletionResponse;

/** CreateKey, Enable/DisableKey, UpdateKeyDescription, Schedule/CancelKeyDeletion. */
@SharedTrent
class KeyLifecycleIT {
  private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"root\","
      + "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},"
      + "\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";

  private static TrentFixture trent;
  private static KmsClient kms;

  @Test
  void createKey_withoutParameters_returnsCompleteSymmetricMetadata() {
    Instant before = trent.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    KeyMetadata m = kms.createKey(r -> { }).keyMetadata();

    assertThat(m.keyId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(m.awsAccountId()).isEqualTo(ACCOUNT);
    assertThat(m.arn()).isEqualTo(keyArn(m.keyId()));
    assertThat(m.creationDate()).isBetween(before, trent.clock().instant().plusSeconds(1));
    assertThat(m.enabled()).isTrue();
    assertThat(m.description()).isEmpty();
    assertThat(m.keyUsage()).isEqualTo(KeyUsageType.ENCRYPT_DECRYPT);
    assertThat(m.keyState()).isEqualTo(KeyState.ENABLED);
    assertThat(m.origin()).isEqualTo(OriginType.AWS_KMS);
    assertThat(m.keyManager()).isEqualTo(KeyManagerType.CUSTOMER);
    assertThat(m.keySpec()).isEqualTo(KeySpec.SYMMETRIC_DEFAULT);
    assertThat(customerMasterKeySpec(m)).isEqualTo("SYMMETRIC_DEFAULT");
    assertThat(m.encryptionAlgorithms()).containsExactly(EncryptionAlgorithmSpec.SYMMETRIC_DEFAULT);
    assertThat(m.multiRegion()).isFalse();
    assertThat(m.currentKeyMaterialId()).matches("[0-9a-f]{64}");
    assertThat(m.deletionDate()).isNull();
    assertThat(m.validTo()).isNull();
    assertThat(m.pendingDeletionWindowInDays()).isNull();
    assertThat(m.hasSigningAlgorithms()).isFalse();
    assertThat(m.hasMacAlgorithms()).isFalse();

    assertThat(kms.describeKey(r -> r.keyId(m.keyId())).keyMetadata()).isEqualTo(m);
  }

  @Test
  void createKey_withDescriptionAndExplicitSymmetricSpec_keepsThem() {
    KeyMetadata m = kms.createKey(r -> r.description("payroll data key")
        .keySpec(KeySpec.SYMMETRIC_DEFAULT).keyUsage(KeyUsageType.ENCRYPT_DECRYPT)).keyMetadata();
    assertThat(m.description()).isEqualTo("payroll data key");
    assertThat(kms.describeKey(r -> r.keyId(m.keyId())).keyMetadata().description())
        .isEqualTo("payroll data key");
  }

  @Test
  void createKey_withValidPolicy_isAccepted() {
    KeyMetadata m = kms.createKey(r -> r.policy(POLICY)).keyMetadata();
    assertThat(m.keyState()).isEqualTo(KeyState.ENABLED);
  }

  @Test
  void createKey_withBypassPolicyLockoutSafetyCheck_isAccepted() {
    KeyMetadata m = kms.createKey(r -> r.policy(POLICY).bypassPolicyLockoutSafetyCheck(true))
        .keyMetadata();
    assertThat(m.keyState()).isEqualTo(KeyState.ENABLED);
  }

  @Test
  void createKey_withPolicyThatIsNotJson_isMalformedPolicyDocumentAndCreatesNothing() {
    int before = kms.listKeys(r -> r.limit(1000)).keys().size();
    var e = kmsError(() -> kms.createKey(r -> r.policy("{\"Statement\": [")),
        "MalformedPolicyDocumentException");
    assertThat(e.awsErrorDetails().errorMessage()).isNotBlank();
    assertThat(kms.listKeys(r -> r.limit(1000)).keys()).hasSize(before);
  }

  @Test
  void createKey_signVerifyUsageWithSymmetricSpec_isValidationException() {
    assertKmsError(() -> kms.createKey(r -> r.keyUsage(KeyUsageType.SIGN_VERIFY)),
        "ValidationException", "KeyUsage SIGN_VERIFY is not compatible with KeySpec SYMMETRIC_DEFAULT");
  }

  @Test
  void createKey_asymmetricSpecWithoutKeyUsage_isValidationException() {
    assertKmsError(() -> kms.createKey(r -> r.keySpec(KeySpec.RSA_2048)), "ValidationException",
        "You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.");
  }

  @Test
  void createKey_asymmetricSpec_returnsItsSpecUsageAndAlgorithms() {
    KeyMetadata m = kms.createKey(r -> r.keySpec(KeySpec.RSA_2048).keyUsage(KeyUsageType.SIGN_VERIFY)
        .description("code signing")).keyMetadata();
    assertThat(m.keySpec()).isEqualTo(KeySpec.RSA_2048);
    assertThat(customerMasterKeySpec(m)).isEqualTo("RSA_2048");
    assertThat(m.keyUsage()).isEqualTo(KeyUsageType.SIGN_VERIFY);
    assertThat(m.keyState()).isEqualTo(KeyState.ENABLED);
    assertThat(m.signingAlgorithmsAsStrings()).containsExactly("RSASSA_PKCS1_V1_5_SHA_256",
        "RSASSA_PKCS1_V1_5_SHA_384", "RSASSA_PKCS1_V1_5_SHA_512", "RSASSA_PSS_SHA_256", "RSASSA_PSS_SHA_384",
        "RSASSA_PSS_SHA_512");
    assertThat(m.hasEncryptionAlgorithms()).isFalse();
    assertThat(kms.describeKey(r -> r.keyId(m.keyId())).keyMetadata()).isEqualTo(m);
  }

  @Test
  void disableKey_thenEnableKey_togglesStateAndEnabledFlag() {
    String keyId = kms.createKey(r -> { }).keyMetadata().keyId();

    kms.disableKey(r -> r.keyId(keyId));
    KeyMetadata disabled = kms.describeKey(r -> r.keyId(keyId)).keyMetadata();
    assertThat(disabled.keyState()).isEqualTo(KeyState.DISABLED);
    assertThat(disabled.enabled()).isFalse();

    kms.enableKey(r -> r.keyId(keyArn(keyId)));
    KeyMetadata enabled = kms.describeKey(r -> r.keyId(keyId)).keyMetadata();
    assertThat(enabled.keyState()).isEqualTo(KeyState.ENABLED);
    assertThat(enabled.enabled()).isTrue();
  }

  @Test
  void enableKeyOnEnabledKey_andDisableKeyOnDisabledKey_succeedWithoutChange() {
    String keyId = kms.createKey(r -> { }).keyMetadata().keyId();
    kms.enableKey(r -> r.keyId(keyId));
    assertThat(state(keyId)).isEqualTo(KeyState.ENABLED);
    kms.disableKey(r -> r.keyId(keyId));
    kms.disableKey(r -> r.keyId(keyId));
    assertThat(state(keyId)).isEqualTo(KeyState.DISABLED);
  }

  @Test
  void updateKeyDescription_replacesDescription() {
    String keyId = kms.createKey(r -> r.description("old")).keyMetadata().keyId();
    kms.updateKeyDescription(r -> r.keyId(keyId).description("new"));
    assertThat(kms.describeKey(r -> r.keyId(keyId)).keyMetadata().description()).isEqualTo("new");
    kms.updateKeyDescription(r -> r.keyId(keyArn(keyId)).description(""));
    assertThat(kms.describeKey(r -> r.keyId(keyId)).keyMetadata().description()).isEmpty();
  }

  @Test
  void scheduleKeyDeletion_withoutWindow_waitsThirtyDays() {
    String keyId = kms.createKey(r -> { }).keyMetadata().keyId();
    Instant now = trent.clock().instant();
    ScheduleKeyDeletionResponse r = kms.scheduleKeyDeletion(b -> b.keyId(keyId));

    assertThat(r.keyId()).isEqualTo(keyArn(keyId));
    assertThat(r.keyState()).isEqualTo(KeyState.PENDING_DELETION);
    assertThat(r.pendingWindowInDays()).isEqualTo(30);
    assertThat(r.deletionDate()).isCloseTo(now.plus(Duration.ofDays(30)), within(5, ChronoUnit.SECONDS));

    KeyMetadata m = kms.describeKey(b -> b.keyId(keyId)).keyMetadata();
    assertThat(m.keyState()).isEqualTo(KeyState.PENDING_DELETION);
    assertThat(m.enabled()).isFalse();
    assertThat(m.deletionDate()).isEqualTo(r.deletionDate());
  }

  @Test
  void scheduleKeyDeletion_withSevenAndThirtyDays_isAccepted() {
    for (int days : new int[] {7, 30}) {
      String keyId = kms.createKey(r -> { }).keyMetadata().keyId();
      Instant now = trent.clock().instant();
      ScheduleKeyDeletionResponse r =
          kms.scheduleKeyDeletion(b -> b.keyId(keyId).pendingWindowInDays(days));
      assertThat(r.pendingWindowInDays()).isEqualTo(days);
      assertThat(r.deletionDate())
          .isCloseTo(now.plus(Duration.ofDays(days)), within(5, ChronoUnit.SECONDS));
    }
  }

  @Test
  void scheduleKeyDeletion_withSixDays_isValidationExceptionAndKeyStaysEnabled() {
    String keyId = kms.createKey(r -> { }).keyMetadata().keyId();
    assertKmsError(() -> kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(6)),
        "ValidationException", "1 validation error detected: Value '6' at 'pendingWindowInDays' "
            + "failed to satisfy constraint: Member must have value greater than or equal to 7");
    assertThat(state(keyId)).isEqualTo(KeyState.ENABLED);
  }

  @Test
  void scheduleKeyDeletion_withThirtyOneDays_isValidationException() {
    String keyId = kms.createKey(r -> { }).keyMetadata().keyId();
    assertKmsError(() -> kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(31)),
        "ValidationException", "1 validation error detected: Value '31' at 'pendingWindowInDays' "
            + "failed to satisfy constraint: Member must have value less than or equal to 30");
  }

  @Test
  void scheduleKeyDeletion_outsideTheModelsRange_isTheModelsValidationException() {
    String keyId = kms.createKey(r -> { }).keyMetadata().keyId();
    assertKmsError(() -> kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(366)),
        "ValidationException", "1 validation error detected: Value '366' at 'pendingWindowInDays' "
            + "failed to satisfy constraint: Member must have value less than or equal to 365");
  }

  @Test
  void cancelKeyDeletion_onPendingDeletionKey_leavesItDisabledWithoutDeletionDate() {
    String keyId = kms.createKey(r -> { }).keyMetadata().keyId();
    kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));

    assertThat(kms.cancelKeyDeletion(r -> r.keyId(keyId)).keyId()).isEqualTo(keyArn(keyId));

    KeyMetadata m = kms.describeKey(r -> r.keyId(keyId)).keyMetadata();
    assertThat(m.keyState()).isEqualTo(KeyState.DISABLED);
    assertThat(m.enabled()).isFalse();
    assertThat(m.deletionDate()).isNull();
  }

  @Test
  void cancelKeyDeletion_onEnabledKey_isInvalidState() {
    String keyId = kms.createKey(r -> { }).keyMetadata().keyId();
    assertKmsError(() -> kms.cancelKeyDeletion(r -> r.keyId(keyId)), "KMSInvalidStateException",
        keyArn(keyId) + " is not pending deletion.");
    assertThat(state(keyId)).isEqualTo(KeyState.ENABLED);
  }

  /** AWS still sends the deprecated CustomerMasterKeySpec beside KeySpec, so Trent must too. */
  @SuppressWarnings("deprecation")
  private static String customerMasterKeySpec(KeyMetadata m) {
    return m.customerMasterKeySpecAsString();
  }

  private static KeyState state(String keyId) {
    return kms.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState();
  }
}
