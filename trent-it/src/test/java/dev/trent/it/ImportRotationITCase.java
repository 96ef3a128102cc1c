package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.kmsError;
import static dev.trent.it.MaterialImports.externalKey;
import static dev.trent.it.MaterialImports.importMaterial;
import static dev.trent.it.MaterialImports.importNew;
import static dev.trent.it.MaterialImports.material;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AlgorithmSpec;
import software.amazon.awssdk.services.kms.model.ExpirationModelType;
import software.amazon.awssdk.services.kms.model.GetParametersForImportResponse;
import software.amazon.awssdk.services.kms.model.ImportType;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.WrappingKeySpec;

/**
 * Imported material beyond the main rotation flow ({@link ImportRotationIT}): what
 * NEW_KEY_MATERIAL refuses, and material wrapped with SM2PKE under an SM2 wrapping key in a China
 * region, encrypted by Bouncy Castle's SM2 engine in AWS's DER form ({@link IndependentCiphers}).
 */
class ImportRotationITCase {
  private static final SdkBytes PLAINTEXT = SdkBytes.fromUtf8String("sm2 wrapped");

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
  void newKeyMaterial_refusesTheKeysOwnMaterial_aKeyMaterialId_andKeysOtherThanSymmetric()
      throws Exception {
    String keyId = externalKey(kms);
    byte[] own = material();
    String first = importMaterial(kms, keyId, own, r -> { });

    kmsError(() -> importNew(kms, keyId, own, "again"), "IncorrectKeyMaterialException");
    kmsError(() -> importMaterial(kms, keyId, material(), r -> r.importType(ImportType.NEW_KEY_MATERIAL)
        .keyMaterialId(first)), "ValidationException");
    String hmac = kms.createKey(r -> r.origin(OriginType.EXTERNAL).keySpec(KeySpec.HMAC_256)
        .keyUsage(KeyUsageType.GENERATE_VERIFY_MAC)).keyMetadata().keyId();
    importMaterial(kms, hmac, material(), r -> { });
    kmsError(() -> importNew(kms, hmac, material(), "second"), "UnsupportedOperationException");
    kmsError(() -> kms.deleteImportedKeyMaterial(r -> r.keyId(keyId).keyMaterialId("ab".repeat(32))),
        "NotFoundException");
    assertThat(MaterialImports.rotations(kms, keyId, true)).singleElement()
        .satisfies(e -> assertThat(e.keyMaterialId()).isEqualTo(first));
  }

  @Test
  void listKeyRotations_pagesThroughToTheMaterialPendingRotation() throws Exception {
    String keyId = externalKey(kms);
    String first = importMaterial(kms, keyId, material(), r -> { });
    String staged = importNew(kms, keyId, material(), "staged");

    var page1 = kms.listKeyRotations(r -> r.keyId(keyId).includeKeyMaterial("ALL_KEY_MATERIAL")
        .limit(1));
    assertThat(page1.truncated()).isTrue();
    assertThat(page1.rotations()).extracting(e -> e.keyMaterialId()).containsExactly(first);
    var page2 = kms.listKeyRotations(r -> r.keyId(keyId).includeKeyMaterial("ALL_KEY_MATERIAL").limit(1)
        .marker(page1.nextMarker()));
    assertThat(page2.truncated()).isFalse();
    assertThat(page2.rotations()).singleElement().satisfies(e -> {
      assertThat(e.keyMaterialId()).isEqualTo(staged);
      assertThat(e.keyMaterialStateAsString()).isEqualTo("PENDING_ROTATION");
    });
  }

  @Test
  void sm2WrappingKey_onlyInChinaRegions_andOnlyWithSm2pke() {
    String keyId = externalKey(kms);
    assertKmsError(() -> kms.getParametersForImport(r -> r.keyId(keyId)
            .wrappingAlgorithm(AlgorithmSpec.SM2_PKE).wrappingKeySpec(WrappingKeySpec.SM2)),
        "UnsupportedOperationException", "WrappingKeySpec SM2 is not supported in this Region.");
    try (KmsClient china = trent.client("AKIDEXAMPLE", "secret", SigningKeys.SM2_REGION)) {
      String cnKey = externalKey(china);
      kmsError(() -> china.getParametersForImport(r -> r.keyId(cnKey)
          .wrappingAlgorithm(AlgorithmSpec.SM2_PKE).wrappingKeySpec(WrappingKeySpec.RSA_2048)),
          "ValidationException");
    }
  }

  @Test
  void sm2pkeWrappedMaterial_importsAndRotatesOnDemand_inAChinaRegion() throws Exception {
    try (KmsClient china = trent.client("AKIDEXAMPLE", "secret", SigningKeys.SM2_REGION)) {
      String keyId = externalKey(china);
      String first = importSm2(china, keyId, material(), null);
      assertThat(china.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState())
          .isEqualTo(KeyState.ENABLED);
      SdkBytes before = china.encrypt(r -> r.keyId(keyId).plaintext(PLAINTEXT)).ciphertextBlob();

      String second = importSm2(china, keyId, material(), ImportType.NEW_KEY_MATERIAL);
      china.rotateKeyOnDemand(r -> r.keyId(keyId));
      SdkBytes after = china.encrypt(r -> r.keyId(keyId).plaintext(PLAINTEXT)).ciphertextBlob();

      var old = china.decrypt(r -> r.ciphertextBlob(before));
      var fresh = china.decrypt(r -> r.ciphertextBlob(after));
      assertThat(old.plaintext()).isEqualTo(PLAINTEXT);
      assertThat(old.keyMaterialId()).isEqualTo(first);
      assertThat(fresh.plaintext()).isEqualTo(PLAINTEXT);
      assertThat(fresh.keyMaterialId()).isEqualTo(second).isNotEqualTo(first);
    }
  }

  private static String importSm2(KmsClient client, String keyId, byte[] material, ImportType type)
      throws Exception {
    GetParametersForImportResponse params = client.getParametersForImport(r -> r.keyId(keyId)
        .wrappingAlgorithm(AlgorithmSpec.SM2_PKE).wrappingKeySpec(WrappingKeySpec.SM2));
    byte[] wrapped = IndependentCiphers.sm2(params.publicKey().asByteArray(), material);
    return client.importKeyMaterial(r -> r.keyId(keyId).importToken(params.importToken())
        .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped)).importType(type)
        .expirationModel(ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE)).keyMaterialId();
  }
}
