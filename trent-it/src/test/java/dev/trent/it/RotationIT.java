package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.assertKmsErrorWithoutMessage;
import static dev.trent.it.KmsAssertions.keyArn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.GetKeyRotationStatusResponse;
import software.amazon.awssdk.services.kms.model.IncludeKeyMaterial;
import software.amazon.awssdk.services.kms.model.KeyMaterialState;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.ListKeyRotationsResponse;
import software.amazon.awssdk.services.kms.model.RotationType;
import software.amazon.awssdk.services.kms.model.RotationsListEntry;

/**
 * Rotation through the AWS SDK: status, on-demand and automatic rotation driven by the movable
 * clock, the history, and ciphertexts of every earlier material still decrypting. Tests share one
 * server and only move its clock forward, so each creates its own keys.
 */
class RotationIT {
  private static final SdkBytes PLAINTEXT = SdkBytes.fromUtf8String("rotate me");

  private static TrentFixture trent;
  private static KmsClient kms;

  @BeforeAll
  static void start() {
    trent = TrentFixture.dev();
    kms = trent.client();
  }

  @AfterAll
  static void stop() {
    kms.close();
    trent.close();
  }

  @Test
  void newKey_rotationDisabled() {
    String keyId = newKey();

    GetKeyRotationStatusResponse status = kms.getKeyRotationStatus(r -> r.keyId(keyId));

    assertThat(status.keyRotationEnabled()).isFalse();
    assertThat(status.keyId()).isEqualTo(keyId);
    assertThat(status.rotationPeriodInDays()).isNull();
    assertThat(status.nextRotationDate()).isNull();
    assertThat(kms.listKeyRotations(r -> r.keyId(keyId)).rotations()).isEmpty();
  }

  @Test
  void enableWithoutPeriod_rotatesIn365Days_andDisableClearsIt() {
    String keyId = newKey();
    Instant before = trent.clock().instant();

    kms.enableKeyRotation(r -> r.keyId(keyId));
    GetKeyRotationStatusResponse status = kms.getKeyRotationStatus(r -> r.keyId(keyArn(keyId)));

    assertThat(status.keyRotationEnabled()).isTrue();
    assertThat(status.rotationPeriodInDays()).isEqualTo(365);
    assertThat(status.nextRotationDate())
        .isBetween(before.plus(Duration.ofDays(365)).minusSeconds(1),
            trent.clock().instant().plus(Duration.ofDays(365)).plusSeconds(1));
    assertThat(status.onDemandRotationStartDate()).isNull();

    kms.disableKeyRotation(r -> r.keyId(keyId));
    assertThat(kms.getKeyRotationStatus(r -> r.keyId(keyId)).keyRotationEnabled()).isFalse();
  }

  @Test
  void periodOutsideRange_isValidationError() {
    String keyId = newKey();
    assertKmsError(() -> kms.enableKeyRotation(r -> r.keyId(keyId).rotationPeriodInDays(89)),
        "ValidationException", "1 validation error detected: Value '89' at 'rotationPeriodInDays'"
            + " failed to satisfy constraint: Member must have value greater than or equal to 90");
    assertKmsError(() -> kms.enableKeyRotation(r -> r.keyId(keyId).rotationPeriodInDays(2561)),
        "ValidationException", "1 validation error detected: Value '2561' at 'rotationPeriodInDays'"
            + " failed to satisfy constraint: Member must have value less than or equal to 2560");
  }

  @Test
  void asymmetricAndHmacKeys_cannotRotate() {
    String rsa = kms.createKey(r -> r.keySpec(KeySpec.RSA_2048).keyUsage(KeyUsageType.SIGN_VERIFY))
        .keyMetadata().keyId();
    String hmac = kms.createKey(r -> r.keySpec(KeySpec.HMAC_256)
        .keyUsage(KeyUsageType.GENERATE_VERIFY_MAC)).keyMetadata().keyId();
    for (String keyId : List.of(rsa, hmac)) {
      assertKmsErrorWithoutMessage(() -> kms.rotateKeyOnDemand(r -> r.keyId(keyId)),
          "UnsupportedOperationException");
      assertKmsErrorWithoutMessage(() -> kms.enableKeyRotation(r -> r.keyId(keyId)),
          "UnsupportedOperationException");
    }
  }

  @Test
  void disabledKey_cannotRotate() {
    String keyId = newKey();
    kms.disableKey(r -> r.keyId(keyId));
    assertKmsError(() -> kms.rotateKeyOnDemand(r -> r.keyId(keyId)), "DisabledException",
        keyArn(keyId) + " is disabled.");
    assertKmsError(() -> kms.enableKeyRotation(r -> r.keyId(keyId)), "DisabledException",
        keyArn(keyId) + " is disabled.");
  }

  @Test
  void onDemandRotation_newMaterialIsCurrent_andOldCiphertextStillDecrypts() {
    String keyId = newKey();
    String firstMaterial = currentMaterial(keyId);
    SdkBytes before = encrypt(keyId);

    assertThat(kms.rotateKeyOnDemand(r -> r.keyId(keyId)).keyId()).isEqualTo(keyId);

    String secondMaterial = currentMaterial(keyId);
    assertThat(secondMaterial).isNotEqualTo(firstMaterial).hasSize(64);
    SdkBytes after = encrypt(keyId);
    assertThat(decrypt(before)).isEqualTo(PLAINTEXT);
    assertThat(decrypt(after)).isEqualTo(PLAINTEXT);

    List<RotationsListEntry> rotations = kms.listKeyRotations(r -> r.keyId(keyId)).rotations();
    assertThat(rotations).singleElement().satisfies(e -> {
      assertThat(e.keyId()).isEqualTo(keyId);
      assertThat(e.keyMaterialId()).isEqualTo(secondMaterial);
      assertThat(e.rotationType()).isEqualTo(RotationType.ON_DEMAND);
      assertThat(e.keyMaterialState()).isEqualTo(KeyMaterialState.CURRENT);
      assertThat(e.rotationDate()).isNotNull();
    });
    List<RotationsListEntry> all = kms.listKeyRotations(r -> r.keyId(keyId)
        .includeKeyMaterial(IncludeKeyMaterial.ALL_KEY_MATERIAL)).rotations();
    assertThat(all).extracting(RotationsListEntry::keyMaterialId)
        .containsExactly(firstMaterial, secondMaterial);
    assertThat(all.get(0).keyMaterialState()).isEqualTo(KeyMaterialState.NON_CURRENT);
    assertThat(all.get(0).rotationType()).isNull();
    assertThat(all.get(0).rotationDate()).isNull();
  }

  @Test
  void eleventhOnDemandRotation_isLimitExceeded() {
    String keyId = newKey();
    for (int i = 0; i < 10; i++) {
      kms.rotateKeyOnDemand(r -> r.keyId(keyId));
    }
    assertKmsError(() -> kms.rotateKeyOnDemand(r -> r.keyId(keyId)), "LimitExceededException",
        "The on-demand rotations limit has been reached for the given keyId. No more on-demand"
            + " rotations can be performed for this key: " + keyArn(keyId));
  }

  @Test
  void listKeyRotations_pagesInOrder() {
    String keyId = newKey();
    for (int i = 0; i < 3; i++) {
      kms.rotateKeyOnDemand(r -> r.keyId(keyId));
    }

    ListKeyRotationsResponse first = kms.listKeyRotations(r -> r.keyId(keyId).limit(2));
    assertThat(first.rotations()).hasSize(2);
    assertThat(first.truncated()).isTrue();
    ListKeyRotationsResponse second =
        kms.listKeyRotations(r -> r.keyId(keyId).limit(2).marker(first.nextMarker()));
    assertThat(second.rotations()).hasSize(1);
    assertThat(second.truncated()).isFalse();
    assertThat(second.rotations().get(0).keyMaterialId()).isEqualTo(currentMaterial(keyId));
    assertKmsError(() -> kms.listKeyRotations(r -> r.keyId(keyId).marker("not-a-marker")),
        "InvalidMarkerException", "Invalid marker");
  }

  @Test
  void clockPastNextRotationDate_rotatesOnce_andSchedulesTheNext() throws InterruptedException {
    String keyId = newKey();
    SdkBytes before = encrypt(keyId);
    String firstMaterial = currentMaterial(keyId);
    kms.enableKeyRotation(r -> r.keyId(keyId).rotationPeriodInDays(90));

    trent.clock().advance(Duration.ofDays(90).plusMinutes(1));
    Instant sweptAt = trent.clock().instant();
    trent.runScheduledWork();
    trent.runScheduledWork();

    List<RotationsListEntry> rotations = kms.listKeyRotations(r -> r.keyId(keyId)).rotations();
    assertThat(rotations).singleElement().satisfies(e -> {
      assertThat(e.rotationType()).isEqualTo(RotationType.AUTOMATIC);
      assertThat(e.keyMaterialState()).isEqualTo(KeyMaterialState.CURRENT);
    });
    assertThat(currentMaterial(keyId)).isNotEqualTo(firstMaterial)
        .isEqualTo(rotations.get(0).keyMaterialId());
    assertThat(kms.getKeyRotationStatus(r -> r.keyId(keyId)).nextRotationDate())
        .isAfterOrEqualTo(sweptAt.plus(Duration.ofDays(90)).minusSeconds(1));
    assertThat(decrypt(before)).isEqualTo(PLAINTEXT);
    assertThat(decrypt(encrypt(keyId))).isEqualTo(PLAINTEXT);

    var event = KeyEvents.await(trent.eventsFile(), "KMS CMK Rotation", keyId);
    assertThat(event.path("source").asText()).isEqualTo("aws.kms");
    assertThat(event.path("version").asText()).isEqualTo("0");
    assertThat(event.path("account").asText()).isEqualTo(TrentFixture.ACCOUNT);
    assertThat(event.path("region").asText()).isEqualTo(TrentFixture.REGION);
    assertThat(event.path("resources").get(0).asText()).isEqualTo(keyArn(keyId));
    assertThat(event.path("id").asText()).hasSize(36);
    assertThat(Instant.parse(event.path("time").asText())).isBetween(sweptAt.minusSeconds(1), sweptAt);
    assertThat(KeyEvents.count(trent.eventsFile(), "KMS CMK Rotation", keyId)).isEqualTo(1);
  }

  @Test
  void disabledKeyDue_waitsUntilEnabled() {
    String keyId = newKey();
    kms.enableKeyRotation(r -> r.keyId(keyId).rotationPeriodInDays(90));
    kms.disableKey(r -> r.keyId(keyId));

    trent.clock().advance(Duration.ofDays(91));
    trent.runScheduledWork();
    assertThat(kms.listKeyRotations(r -> r.keyId(keyId)).rotations()).isEmpty();

    kms.enableKey(r -> r.keyId(keyId));
    trent.runScheduledWork();
    assertThat(kms.listKeyRotations(r -> r.keyId(keyId)).rotations()).hasSize(1);
  }

  @Test
  void rotationDueWhileStopped_happensAtStart() throws InterruptedException {
    TrentFixture first = TrentFixture.dev();
    String keyId;
    SdkBytes before;
    try (KmsClient client = first.client()) {
      keyId = client.createKey(r -> { }).keyMetadata().keyId();
      before = client.encrypt(r -> r.keyId(keyId).plaintext(PLAINTEXT)).ciphertextBlob();
      client.enableKeyRotation(r -> r.keyId(keyId).rotationPeriodInDays(90));
    }
    first.close();

    MovableClock later = new MovableClock();
    later.advance(Duration.ofDays(100));
    try (TrentFixture restarted = TrentFixture.reopen(first.dataDir(), later);
        KmsClient client = restarted.client()) {
      // No sweep hook: the scheduler's first run at start must find the missed rotation.
      List<RotationsListEntry> rotations = List.of();
      for (int i = 0; i < 100 && rotations.isEmpty(); i++) {
        Thread.sleep(50);
        rotations = client.listKeyRotations(r -> r.keyId(keyId)).rotations();
      }
      assertThat(rotations).singleElement()
          .satisfies(e -> assertThat(e.rotationType()).isEqualTo(RotationType.AUTOMATIC));
      assertThat(client.decrypt(r -> r.ciphertextBlob(before)).plaintext()).isEqualTo(PLAINTEXT);
      assertThat(restarted.runScheduledWork()).isZero();
      assertThat(client.listKeyRotations(r -> r.keyId(keyId)).rotations()).hasSize(1);
    }
  }

  @Test
  void twoNodesSharingAStore_rotateADueKeyOnce() throws Exception {
    MovableClock clock = new MovableClock();
    try (TrentFixture nodeA = TrentFixture.dev(List.of());
        KmsClient client = nodeA.client()) {
      String keyId = client.createKey(r -> { }).keyMetadata().keyId();
      client.enableKeyRotation(r -> r.keyId(keyId).rotationPeriodInDays(90));
      try (TrentFixture nodeB = TrentFixture.reopen(nodeA.dataDir(), clock)) {
        nodeA.clock().advance(Duration.ofDays(91));
        clock.advance(Duration.ofDays(91));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
          var a = pool.submit(nodeA::runScheduledWork);
          var b = pool.submit(nodeB::runScheduledWork);
          // Node B's own first run (at its start, on its timer thread) may win the race too.
          assertThat(a.get() + b.get()).isLessThanOrEqualTo(1);
        } finally {
          pool.shutdown();
        }
        assertThat(client.listKeyRotations(r -> r.keyId(keyId)).rotations()).hasSize(1);
        KeyEvents.await(nodeA.eventsFile(), "KMS CMK Rotation", keyId);
        Thread.sleep(200);
        assertThat(KeyEvents.count(nodeA.eventsFile(), "KMS CMK Rotation", keyId)).isEqualTo(1);
      }
    }
  }

  private static String newKey() {
    return kms.createKey(r -> { }).keyMetadata().keyId();
  }

  private static String currentMaterial(String keyId) {
    return kms.describeKey(r -> r.keyId(keyId)).keyMetadata().currentKeyMaterialId();
  }

  private static SdkBytes encrypt(String keyId) {
    return kms.encrypt(r -> r.keyId(keyId).plaintext(PLAINTEXT)).ciphertextBlob();
  }

  private static SdkBytes decrypt(SdkBytes blob) {
    return kms.decrypt(r -> r.ciphertextBlob(blob)).plaintext();
  }
}
