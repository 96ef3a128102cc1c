package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static dev.trent.it.KmsAssertions.keyArn;
import static dev.trent.it.KmsAssertions.kmsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AlgorithmSpec;
import software.amazon.awssdk.services.kms.model.ExpirationModelType;
import software.amazon.awssdk.services.kms.model.GetParametersForImportResponse;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.WrappingKeySpec;

/**
 * Imported key material (BYOK) through the AWS SDK, wrapped by {@link ImportWrapper}: every
 * wrapping algorithm, re-import after deletion and after expiry, and the errors. Tests share one
 * server and only move its clock forward, so each creates its own keys and parameters.
 */
class ImportIT {
  private static final SdkBytes PLAINTEXT = SdkBytes.fromUtf8String("bring your own key");

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
  void externalKey_waitsForImport() {
    String keyId = externalKey();

    KeyMetadata m = kms.describeKey(r -> r.keyId(keyId)).keyMetadata();
    assertThat(m.keyState()).isEqualTo(KeyState.PENDING_IMPORT);
    assertThat(m.origin()).isEqualTo(OriginType.EXTERNAL);
    assertThat(m.enabled()).isFalse();
    assertThat(m.currentKeyMaterialId()).isNull();
    assertThat(m.expirationModel()).isNull();
    assertKmsError(() -> kms.encrypt(r -> r.keyId(keyId).plaintext(PLAINTEXT)),
        "KMSInvalidStateException", keyArn(keyId) + " is pending import.");
  }

  @ParameterizedTest
  @CsvSource({"RSAES_OAEP_SHA_1, RSA_2048", "RSAES_OAEP_SHA_256, RSA_2048",
      "RSA_AES_KEY_WRAP_SHA_1, RSA_2048", "RSA_AES_KEY_WRAP_SHA_256, RSA_2048",
      "RSAES_OAEP_SHA_256, RSA_3072", "RSA_AES_KEY_WRAP_SHA_256, RSA_4096"})
  void everyWrappingAlgorithm_importsMaterialThatEncrypts(String algorithm, String spec)
      throws Exception {
    String keyId = externalKey();
    byte[] material = material();
    GetParametersForImportResponse params = kms.getParametersForImport(r -> r.keyId(keyId)
        .wrappingAlgorithm(algorithm).wrappingKeySpec(spec));
    assertThat(params.keyId()).isEqualTo(keyArn(keyId));
    assertThat(params.parametersValidTo())
        .isBetween(trent.clock().instant().plus(Duration.ofHours(24)).minusSeconds(60),
            trent.clock().instant().plus(Duration.ofHours(24)));

    byte[] wrapped = ImportWrapper.wrap(algorithm, params.publicKey().asByteArray(), material);
    var response = kms.importKeyMaterial(r -> r.keyId(keyId).importToken(params.importToken())
        .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped))
        .expirationModel(ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE));

    assertThat(response.keyMaterialId()).hasSize(64);
    KeyMetadata m = kms.describeKey(r -> r.keyId(keyId)).keyMetadata();
    assertThat(m.keyState()).isEqualTo(KeyState.ENABLED);
    assertThat(m.currentKeyMaterialId()).isEqualTo(response.keyMaterialId());
    assertThat(m.expirationModel()).isEqualTo(ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE);
    assertThat(m.validTo()).isNull();
    SdkBytes blob = kms.encrypt(r -> r.keyId(keyId).plaintext(PLAINTEXT)).ciphertextBlob();
    assertThat(kms.decrypt(r -> r.ciphertextBlob(blob)).plaintext()).isEqualTo(PLAINTEXT);
  }

  @Test
  void deleteThenReimportSameMaterial_oldCiphertextDecryptsAgain() throws Exception {
    String keyId = externalKey();
    byte[] material = material();
    importMaterial(keyId, material, null);
    SdkBytes blob = kms.encrypt(r -> r.keyId(keyId).plaintext(PLAINTEXT)).ciphertextBlob();

    kms.deleteImportedKeyMaterial(r -> r.keyId(keyId));
    assertThat(state(keyId)).isEqualTo(KeyState.PENDING_IMPORT);
    assertKmsError(() -> kms.decrypt(r -> r.ciphertextBlob(blob)),
        "KMSInvalidStateException", keyArn(keyId) + " is pending import.");

    importMaterial(keyId, material, null);
    assertThat(state(keyId)).isEqualTo(KeyState.ENABLED);
    assertThat(kms.decrypt(r -> r.ciphertextBlob(blob)).plaintext()).isEqualTo(PLAINTEXT);
  }

  @Test
  void differentMaterial_isIncorrectKeyMaterial() throws Exception {
    String keyId = externalKey();
    importMaterial(keyId, material(), null);
    kms.deleteImportedKeyMaterial(r -> r.keyId(keyId));

    kmsError(() -> importMaterial(keyId, material(), null), "IncorrectKeyMaterialException");
    assertThat(state(keyId)).isEqualTo(KeyState.PENDING_IMPORT);
  }

  @Test
  void keyMaterialIdNotMatchingTheMaterial_isIncorrectKeyMaterial() throws Exception {
    String keyId = externalKey();
    GetParametersForImportResponse params = params(keyId);
    byte[] wrapped = ImportWrapper.wrap("RSAES_OAEP_SHA_256", params.publicKey().asByteArray(), material());
    kmsError(() -> kms.importKeyMaterial(r -> r.keyId(keyId).importToken(params.importToken())
        .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped)).keyMaterialId("0".repeat(64))
        .expirationModel(ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE)),
        "IncorrectKeyMaterialException");
    assertThat(state(keyId)).isEqualTo(KeyState.PENDING_IMPORT);
  }

  @Test
  void clockPastValidTo_movesKeyToPendingImport_andSameMaterialRestoresIt() throws Exception {
    String keyId = externalKey();
    byte[] material = material();
    Instant validTo = trent.clock().instant().plus(Duration.ofDays(2));
    importMaterial(keyId, material, validTo);
    KeyMetadata m = kms.describeKey(r -> r.keyId(keyId)).keyMetadata();
    assertThat(m.expirationModel()).isEqualTo(ExpirationModelType.KEY_MATERIAL_EXPIRES);
    assertThat(m.validTo()).isEqualTo(validTo.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    SdkBytes blob = kms.encrypt(r -> r.keyId(keyId).plaintext(PLAINTEXT)).ciphertextBlob();

    trent.clock().advance(Duration.ofDays(2).plusMinutes(1));
    trent.runScheduledWork();

    assertThat(state(keyId)).isEqualTo(KeyState.PENDING_IMPORT);
    assertThat(KeyEvents.await(trent.eventsFile(), "KMS Imported Key Material Expiration", keyId)
        .path("resources").get(0).asText()).isEqualTo(keyArn(keyId));
    importMaterial(keyId, material, null);
    assertThat(kms.decrypt(r -> r.ciphertextBlob(blob)).plaintext()).isEqualTo(PLAINTEXT);
  }

  @Test
  void expiresWithoutValidTo_isValidationError() throws Exception {
    String keyId = externalKey();
    GetParametersForImportResponse params = params(keyId);
    byte[] wrapped = ImportWrapper.wrap("RSAES_OAEP_SHA_256", params.publicKey().asByteArray(), material());
    assertKmsError(() -> kms.importKeyMaterial(r -> r.keyId(keyId).importToken(params.importToken())
            .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped))
            .expirationModel(ExpirationModelType.KEY_MATERIAL_EXPIRES)),
        "ValidationException", "A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES");
  }

  @Test
  void tokenAfter24Hours_isExpired_andForeignOrForgedToken_isInvalid() throws Exception {
    String keyId = externalKey();
    String otherKey = externalKey();
    GetParametersForImportResponse params = params(keyId);
    GetParametersForImportResponse foreign = params(otherKey);
    byte[] wrapped = ImportWrapper.wrap("RSAES_OAEP_SHA_256", params.publicKey().asByteArray(), material());

    kmsError(() -> kms.importKeyMaterial(r -> r.keyId(keyId).importToken(foreign.importToken())
        .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped))
        .expirationModel(ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE)),
        "InvalidImportTokenException");
    kmsError(() -> kms.importKeyMaterial(r -> r.keyId(keyId)
        .importToken(SdkBytes.fromByteArray(material()))
        .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped))
        .expirationModel(ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE)),
        "InvalidImportTokenException");

    trent.clock().advance(Duration.ofHours(24).plusMinutes(1));
    kmsError(() -> kms.importKeyMaterial(r -> r.keyId(keyId).importToken(params.importToken())
        .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped))
        .expirationModel(ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE)),
        "ExpiredImportTokenException");
  }

  @Test
  void materialWrappedForAnotherKeyPair_isInvalidCiphertext() throws Exception {
    String keyId = externalKey();
    GetParametersForImportResponse params = params(keyId);
    GetParametersForImportResponse other = params(keyId);
    byte[] wrapped = ImportWrapper.wrap("RSAES_OAEP_SHA_256", other.publicKey().asByteArray(), material());
    kmsError(() -> kms.importKeyMaterial(r -> r.keyId(keyId).importToken(params.importToken())
        .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped))
        .expirationModel(ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE)),
        "InvalidCiphertextException");
  }

  @Test
  void awsKmsKey_refusesImport() {
    String keyId = kms.createKey(r -> { }).keyMetadata().keyId();
    assertKmsError(() -> params(keyId), "UnsupportedOperationException",
        keyArn(keyId) + " origin is AWS_KMS which is not valid for this operation.");
    assertKmsError(() -> kms.deleteImportedKeyMaterial(r -> r.keyId(keyId)),
        "UnsupportedOperationException",
        keyArn(keyId) + " origin is AWS_KMS which is not valid for this operation.");
  }

  @Test
  void externalKey_cannotEnableAutomaticRotation() throws Exception {
    String keyId = externalKey();
    importMaterial(keyId, material(), null);
    assertKmsError(() -> kms.enableKeyRotation(r -> r.keyId(keyId)), "UnsupportedOperationException",
        keyArn(keyId) + " origin is EXTERNAL which is not valid for this operation.");
  }

  @Test
  void externalKey_rotationStatusAndHistory_showTheImport() throws Exception {
    String keyId = externalKey();
    Instant validTo = trent.clock().instant().plus(Duration.ofDays(30));
    importMaterial(keyId, material(), validTo);

    assertThat(kms.getKeyRotationStatus(r -> r.keyId(keyId)).keyRotationEnabled()).isFalse();
    var all = kms.listKeyRotations(r -> r.keyId(keyId)
        .includeKeyMaterial(software.amazon.awssdk.services.kms.model.IncludeKeyMaterial.ALL_KEY_MATERIAL))
        .rotations();
    assertThat(all).singleElement().satisfies(e -> {
      assertThat(e.importStateAsString()).isEqualTo("IMPORTED");
      assertThat(e.keyMaterialStateAsString()).isEqualTo("CURRENT");
      assertThat(e.expirationModel()).isEqualTo(ExpirationModelType.KEY_MATERIAL_EXPIRES);
      assertThat(e.validTo()).isEqualTo(validTo.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    });
    assertKmsError(() -> kms.rotateKeyOnDemand(r -> r.keyId(keyId)), "KMSInvalidStateException",
        "No available key material pending rotation for the key: " + keyArn(keyId) + ".");
  }

  @Test
  void hmacKey_importedMaterial_macsLikeAnIndependentHmac() throws Exception {
    String keyId = kms.createKey(r -> r.origin(OriginType.EXTERNAL)
        .keySpec(software.amazon.awssdk.services.kms.model.KeySpec.HMAC_256)
        .keyUsage(software.amazon.awssdk.services.kms.model.KeyUsageType.GENERATE_VERIFY_MAC))
        .keyMetadata().keyId();
    assertThat(state(keyId)).isEqualTo(KeyState.PENDING_IMPORT);
    byte[] material = new byte[48];
    new SecureRandom().nextBytes(material);

    importMaterial(keyId, material, null);

    SdkBytes mac = kms.generateMac(r -> r.keyId(keyId).message(PLAINTEXT)
        .macAlgorithm(software.amazon.awssdk.services.kms.model.MacAlgorithmSpec.HMAC_SHA_256)).mac();
    javax.crypto.Mac jca = javax.crypto.Mac.getInstance("HmacSHA256");
    jca.init(new javax.crypto.spec.SecretKeySpec(material, "HmacSHA256"));
    assertThat(mac.asByteArray()).isEqualTo(jca.doFinal(PLAINTEXT.asByteArray()));
    kmsError(() -> importMaterial(externalHmac(), new byte[31], null), "IncorrectKeyMaterialException");
  }

  @ParameterizedTest
  @CsvSource({"RSA_2048, RSA, RSASSA_PKCS1_V1_5_SHA_256, SHA256withRSA",
      "ECC_NIST_P256, EC, ECDSA_SHA_256, SHA256withECDSA"})
  void asymmetricKey_importedPrivateKey_signsForTheCustomersPublicKey(
      String keySpec, String family, String signingAlgorithm, String jcaAlgorithm) throws Exception {
    java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance(family);
    g.initialize("RSA".equals(family) ? 2048 : 256);
    java.security.KeyPair pair = g.generateKeyPair();
    String keyId = kms.createKey(r -> r.origin(OriginType.EXTERNAL).keySpec(keySpec)
        .keyUsage(software.amazon.awssdk.services.kms.model.KeyUsageType.SIGN_VERIFY))
        .keyMetadata().keyId();
    GetParametersForImportResponse params = kms.getParametersForImport(r -> r.keyId(keyId)
        .wrappingAlgorithm(AlgorithmSpec.RSA_AES_KEY_WRAP_SHA_256)
        .wrappingKeySpec(WrappingKeySpec.RSA_4096));
    byte[] wrapped = ImportWrapper.wrap("RSA_AES_KEY_WRAP_SHA_256", params.publicKey().asByteArray(),
        pair.getPrivate().getEncoded());

    kms.importKeyMaterial(r -> r.keyId(keyId).importToken(params.importToken())
        .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped))
        .expirationModel(ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE));

    assertThat(state(keyId)).isEqualTo(KeyState.ENABLED);
    assertThat(kms.getPublicKey(r -> r.keyId(keyId)).publicKey().asByteArray())
        .isEqualTo(pair.getPublic().getEncoded());
    byte[] signature = kms.sign(r -> r.keyId(keyId).message(PLAINTEXT)
        .signingAlgorithm(signingAlgorithm)).signature().asByteArray();
    java.security.Signature verifier = java.security.Signature.getInstance(jcaAlgorithm);
    verifier.initVerify(pair.getPublic());
    verifier.update(PLAINTEXT.asByteArray());
    assertThat(verifier.verify(signature)).isTrue();
  }

  @Test
  void asymmetricKey_materialThatIsNoPrivateKey_isIncorrectKeyMaterial() {
    String keyId = kms.createKey(r -> r.origin(OriginType.EXTERNAL).keySpec("ECC_NIST_P256")
        .keyUsage(software.amazon.awssdk.services.kms.model.KeyUsageType.SIGN_VERIFY))
        .keyMetadata().keyId();
    kmsError(() -> importMaterial(keyId, material(), null), "IncorrectKeyMaterialException");
  }

  private static String externalHmac() {
    return kms.createKey(r -> r.origin(OriginType.EXTERNAL)
        .keySpec(software.amazon.awssdk.services.kms.model.KeySpec.HMAC_256)
        .keyUsage(software.amazon.awssdk.services.kms.model.KeyUsageType.GENERATE_VERIFY_MAC))
        .keyMetadata().keyId();
  }

  private static String externalKey() {
    return kms.createKey(r -> r.origin(OriginType.EXTERNAL)).keyMetadata().keyId();
  }

  private static GetParametersForImportResponse params(String keyId) {
    return kms.getParametersForImport(r -> r.keyId(keyId)
        .wrappingAlgorithm(AlgorithmSpec.RSAES_OAEP_SHA_256).wrappingKeySpec(WrappingKeySpec.RSA_2048));
  }

  private static void importMaterial(String keyId, byte[] material, Instant validTo) throws Exception {
    GetParametersForImportResponse params = params(keyId);
    byte[] wrapped = ImportWrapper.wrap("RSAES_OAEP_SHA_256", params.publicKey().asByteArray(), material);
    kms.importKeyMaterial(r -> r.keyId(keyId).importToken(params.importToken())
        .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped))
        .expirationModel(validTo == null ? ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE
            : ExpirationModelType.KEY_MATERIAL_EXPIRES)
        .validTo(validTo));
  }

  private static KeyState state(String keyId) {
    return kms.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState();
  }

  private static byte[] material() {
    byte[] m = new byte[32];
    new SecureRandom().nextBytes(m);
    return m;
  }
}
