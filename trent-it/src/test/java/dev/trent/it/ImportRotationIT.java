package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.keyArn;
import static dev.trent.it.KmsAssertions.kmsError;
import static dev.trent.it.MaterialImports.externalKey;
import static dev.trent.it.MaterialImports.importMaterial;
import static dev.trent.it.MaterialImports.importNew;
import static dev.trent.it.MaterialImports.material;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.ExpirationModelType;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.RotationsListEntry;

/**
 * On-demand rotation of imported key material through the AWS SDK: NEW_KEY_MATERIAL staged as
 * PENDING_ROTATION, RotateKeyOnDemand making it current, deletion, expiry and re-import of one
 * material by KeyMaterialId. Material is wrapped outside Trent ({@link MaterialImports}).
 */
class ImportRotationIT {
  private static final SdkBytes PLAINTEXT = SdkBytes.fromUtf8String("rotate my own key");

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
  void newMaterial_waitsPendingRotation_untilRotateKeyOnDemandMakesItCurrent() throws Exception {
    String keyId = externalKey(kms);
    String first = importMaterial(kms, keyId, material(), r -> r.keyMaterialDescription("first one"));
    SdkBytes before = encrypt(keyId);
    String second = importNew(kms, keyId, material(), "second one");

    assertThat(second).hasSize(64).isNotEqualTo(first);
    assertThat(current(keyId)).isEqualTo(first);
    assertThat(decryptedWith(encrypt(keyId))).isEqualTo(first);
    assertThat(rotations(keyId, false)).isEmpty();
    assertThat(rotations(keyId, true)).satisfiesExactly(
        e -> assertEntry(e, first, "CURRENT", "first one"),
        e -> {
          assertEntry(e, second, "PENDING_ROTATION", "second one");
          assertThat(e.rotationDate()).isNull();
          assertThat(e.rotationTypeAsString()).isNull();
        });
    KmsException another = kmsError(() -> importNew(kms, keyId, material(), "third"),
        "KMSInvalidStateException");
    assertThat(another.awsErrorDetails().errorMessage()).matches("New key material \\(id: [0-9a-f]{64}\\)"
        + " cannot be imported into KMS key " + keyId + ", because another key material \\(id: "
        + second + "\\) is pending rotation\\.");

    kms.rotateKeyOnDemand(r -> r.keyId(keyId));

    assertThat(current(keyId)).isEqualTo(second);
    assertThat(rotations(keyId, false)).singleElement().satisfies(e -> {
      assertEntry(e, second, "CURRENT", "second one");
      assertThat(e.rotationTypeAsString()).isEqualTo("ON_DEMAND");
      assertThat(e.rotationDate()).isNotNull();
    });
    assertThat(rotations(keyId, true)).extracting(RotationsListEntry::keyMaterialStateAsString)
        .containsExactly("NON_CURRENT", "CURRENT");
    SdkBytes after = encrypt(keyId);
    assertThat(decryptedWith(before)).isEqualTo(first);
    assertThat(decryptedWith(after)).isEqualTo(second);
    assertKmsError(() -> kms.rotateKeyOnDemand(r -> r.keyId(keyId)), "KMSInvalidStateException",
        "No available key material pending rotation for the key: " + keyArn(keyId) + ".");
  }

  @Test
  void deletingPendingMaterial_leavesKeyEnabled_andOtherMaterialMayTakeItsPlace() throws Exception {
    String keyId = externalKey(kms);
    String first = importMaterial(kms, keyId, material(), r -> { });
    String staged = importNew(kms, keyId, material(), "staged");

    assertThat(kms.deleteImportedKeyMaterial(r -> r.keyId(keyId).keyMaterialId(staged))
        .keyMaterialId()).isEqualTo(staged);
    assertThat(state(keyId)).isEqualTo(KeyState.ENABLED);
    assertThat(rotations(keyId, true)).extracting(RotationsListEntry::keyMaterialId).containsExactly(first);
    assertKmsError(() -> kms.rotateKeyOnDemand(r -> r.keyId(keyId)), "KMSInvalidStateException",
        "No available key material pending rotation for the key: " + keyArn(keyId) + ".");
    String replacement = importNew(kms, keyId, material(), "replacement");
    kms.rotateKeyOnDemand(r -> r.keyId(keyId));
    assertThat(current(keyId)).isEqualTo(replacement);
  }

  @Test
  void deletedMaterial_isReimportedByKeyMaterialId_andEveryCiphertextDecryptsAgain() throws Exception {
    String keyId = externalKey(kms);
    byte[] one = material();
    byte[] two = material();
    String first = importMaterial(kms, keyId, one, r -> { });
    SdkBytes underFirst = encrypt(keyId);
    String second = importNew(kms, keyId, two, "two");
    kms.rotateKeyOnDemand(r -> r.keyId(keyId));
    SdkBytes underSecond = encrypt(keyId);

    kms.deleteImportedKeyMaterial(r -> r.keyId(keyId).keyMaterialId(first));
    assertThat(state(keyId)).isEqualTo(KeyState.PENDING_IMPORT);
    assertThat(rotations(keyId, true)).extracting(RotationsListEntry::importStateAsString)
        .containsExactly("PENDING_IMPORT", "IMPORTED");
    assertKmsError(() -> kms.decrypt(r -> r.ciphertextBlob(underSecond)),
        "KMSInvalidStateException", keyArn(keyId) + " is pending import.");
    kmsError(() -> importMaterial(kms, keyId, two, r -> r.keyMaterialId(first)),
        "IncorrectKeyMaterialException");

    assertThat(importMaterial(kms, keyId, one, r -> r.keyMaterialId(first))).isEqualTo(first);
    assertThat(state(keyId)).isEqualTo(KeyState.ENABLED);
    assertThat(decryptedWith(underFirst)).isEqualTo(first);
    assertThat(decryptedWith(underSecond)).isEqualTo(second);

    // Without KeyMaterialId: the current material, for deletion and for re-import alike.
    assertThat(kms.deleteImportedKeyMaterial(r -> r.keyId(keyId)).keyMaterialId()).isEqualTo(second);
    assertThat(state(keyId)).isEqualTo(KeyState.PENDING_IMPORT);
    kmsError(() -> importMaterial(kms, keyId, one, r -> { }), "IncorrectKeyMaterialException");
    importMaterial(kms, keyId, two, r -> { });
    assertThat(state(keyId)).isEqualTo(KeyState.ENABLED);
    assertThat(decryptedWith(underFirst)).isEqualTo(first);
  }

  @Test
  void expiryOfPendingMaterial_keepsKeyEnabled_expiryOfOldMaterial_waitsForItsReimport() throws Exception {
    String keyId = externalKey(kms);
    byte[] one = material();
    Instant soon = trent.clock().instant().plus(Duration.ofDays(1));
    String first = importMaterial(kms, keyId, one, r -> r
        .expirationModel(ExpirationModelType.KEY_MATERIAL_EXPIRES).validTo(soon.plus(Duration.ofDays(1))));
    importMaterial(kms, keyId, material(), r -> r.importType("NEW_KEY_MATERIAL")
        .expirationModel(ExpirationModelType.KEY_MATERIAL_EXPIRES).validTo(soon));

    trent.clock().advance(Duration.ofDays(1).plusMinutes(1));
    trent.runScheduledWork();
    assertThat(state(keyId)).isEqualTo(KeyState.ENABLED);
    assertThat(rotations(keyId, true)).extracting(RotationsListEntry::keyMaterialId).containsExactly(first);

    String second = importNew(kms, keyId, material(), "lasting");
    kms.rotateKeyOnDemand(r -> r.keyId(keyId));
    SdkBytes underSecond = encrypt(keyId);
    trent.clock().advance(Duration.ofDays(1));
    trent.runScheduledWork();
    assertThat(state(keyId)).isEqualTo(KeyState.PENDING_IMPORT);

    importMaterial(kms, keyId, one, r -> r.keyMaterialId(first));
    assertThat(state(keyId)).isEqualTo(KeyState.ENABLED);
    assertThat(decryptedWith(underSecond)).isEqualTo(second);
  }

  private static void assertEntry(RotationsListEntry e, String materialId, String state, String description) {
    assertThat(e.keyMaterialId()).isEqualTo(materialId);
    assertThat(e.keyMaterialStateAsString()).isEqualTo(state);
    assertThat(e.importStateAsString()).isEqualTo("IMPORTED");
    assertThat(e.keyMaterialDescription()).isEqualTo(description);
  }

  private static List<RotationsListEntry> rotations(String keyId, boolean all) {
    return MaterialImports.rotations(kms, keyId, all);
  }

  private static SdkBytes encrypt(String keyId) {
    return kms.encrypt(r -> r.keyId(keyId).plaintext(PLAINTEXT)).ciphertextBlob();
  }

  private static String decryptedWith(SdkBytes blob) {
    var response = kms.decrypt(r -> r.ciphertextBlob(blob));
    assertThat(response.plaintext()).isEqualTo(PLAINTEXT);
    return response.keyMaterialId();
  }

  private static String current(String keyId) {
    return kms.describeKey(r -> r.keyId(keyId)).keyMetadata().currentKeyMaterialId();
  }

  private static KeyState state(String keyId) {
    return kms.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState();
  }
}
