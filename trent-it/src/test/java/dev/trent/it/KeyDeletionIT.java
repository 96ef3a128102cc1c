package dev.trent.it;

import static dev.trent.it.KmsAssertions.aliasArn;
import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.keyArn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AliasListEntry;
import software.amazon.awssdk.services.kms.model.KeyListEntry;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.Tag;

/**
 * The end of the waiting period: the sweep deletes a due key with its aliases and material, and
 * nothing else. Each test schedules, then moves the shared clock, so the order of tests is free.
 */
@SharedTrent
class KeyDeletionIT {
  private static TrentFixture trent;
  private static KmsClient kms;

  @Test
  void sweepAfterWindow_deletesKeyAndItsAliases() {
    String keyId = kms.createKey(r -> { }).keyMetadata().keyId();
    kms.createAlias(r -> r.aliasName("alias/doomed").targetKeyId(keyId));
    kms.tagResource(r -> r.keyId(keyId).tags(Tag.builder().tagKey("k").tagValue("v").build()));
    kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));

    trent.clock().advance(Duration.ofDays(7).plusMinutes(1));
    assertThat(trent.sweepDeletions()).isGreaterThanOrEqualTo(1);

    assertKmsError(() -> kms.describeKey(r -> r.keyId(keyId)), "NotFoundException",
        "Key '" + keyArn(keyId) + "' does not exist");
    assertKmsError(() -> kms.describeKey(r -> r.keyId("alias/doomed")), "NotFoundException",
        "Alias " + aliasArn("alias/doomed") + " is not found.");
    assertThat(kms.listAliases(r -> { }).aliases()).extracting(AliasListEntry::aliasName)
        .doesNotContain("alias/doomed");
    assertThat(kms.listKeys(r -> r.limit(1000)).keys()).extracting(KeyListEntry::keyId)
        .doesNotContain(keyId);
    assertKmsError(() -> kms.cancelKeyDeletion(r -> r.keyId(keyId)), "NotFoundException",
        "Key '" + keyArn(keyId) + "' does not exist");
  }

  @Test
  void sweepAfterWindow_freesTheAliasNameForReuse() {
    String keyId = kms.createKey(r -> { }).keyMetadata().keyId();
    kms.createAlias(r -> r.aliasName("alias/reborn").targetKeyId(keyId));
    kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));
    trent.clock().advance(Duration.ofDays(8));
    trent.sweepDeletions();

    String successor = kms.createKey(r -> { }).keyMetadata().keyId();
    kms.createAlias(r -> r.aliasName("alias/reborn").targetKeyId(successor));
    assertThat(kms.describeKey(r -> r.keyId("alias/reborn")).keyMetadata().keyId())
        .isEqualTo(successor);
  }

  @Test
  void sweepBeforeWindowEnds_keepsKeyPendingDeletion() {
    String shortWindow = kms.createKey(r -> { }).keyMetadata().keyId();
    String longWindow = kms.createKey(r -> { }).keyMetadata().keyId();
    String neverScheduled = kms.createKey(r -> { }).keyMetadata().keyId();
    kms.scheduleKeyDeletion(r -> r.keyId(shortWindow).pendingWindowInDays(7));
    kms.scheduleKeyDeletion(r -> r.keyId(longWindow).pendingWindowInDays(30));

    trent.clock().advance(Duration.ofDays(6));
    trent.sweepDeletions();
    assertThat(state(shortWindow)).isEqualTo(KeyState.PENDING_DELETION);

    trent.clock().advance(Duration.ofDays(2));
    trent.sweepDeletions();
    assertKmsError(() -> kms.describeKey(r -> r.keyId(shortWindow)), "NotFoundException",
        "Key '" + keyArn(shortWindow) + "' does not exist");
    assertThat(state(longWindow)).isEqualTo(KeyState.PENDING_DELETION);
    assertThat(state(neverScheduled)).isEqualTo(KeyState.ENABLED);
  }

  @Test
  void sweepAfterCancelledDeletion_keepsKeyDisabled() {
    String keyId = kms.createKey(r -> { }).keyMetadata().keyId();
    kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));
    kms.cancelKeyDeletion(r -> r.keyId(keyId));

    trent.clock().advance(Duration.ofDays(31));
    trent.sweepDeletions();
    assertThat(state(keyId)).isEqualTo(KeyState.DISABLED);
  }

  @Test
  void decryptAfterKeyIsDeleted_isAccessDeniedAsInAws() {
    String keyId = kms.createKey(r -> { }).keyMetadata().keyId();
    SdkBytes blob = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("gone")))
        .ciphertextBlob();
    kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));
    trent.clock().advance(Duration.ofDays(8));
    trent.sweepDeletions();

    assertKmsError(() -> kms.decrypt(r -> r.ciphertextBlob(blob)), "AccessDeniedException",
        "The ciphertext refers to a customer master key that does not exist, does not exist in "
            + "this region, or you are not allowed to access.");
  }

  private static KeyState state(String keyId) {
    return kms.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState();
  }
}
