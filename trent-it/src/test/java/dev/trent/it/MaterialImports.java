package dev.trent.it;

import java.security.SecureRandom;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AlgorithmSpec;
import software.amazon.awssdk.services.kms.model.ExpirationModelType;
import software.amazon.awssdk.services.kms.model.GetParametersForImportResponse;
import software.amazon.awssdk.services.kms.model.ImportKeyMaterialRequest;
import software.amazon.awssdk.services.kms.model.ImportType;
import software.amazon.awssdk.services.kms.model.IncludeKeyMaterial;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.RotationsListEntry;
import software.amazon.awssdk.services.kms.model.WrappingKeySpec;

/**
 * ImportKeyMaterial through the SDK with material wrapped outside Trent ({@link ImportWrapper},
 * {@link IndependentCiphers}): fresh RSAES_OAEP_SHA_256 / RSA_2048 parameters, material that never
 * expires unless the caller's customizer says otherwise.
 */
final class MaterialImports {
  private MaterialImports() {}

  static byte[] material() {
    byte[] m = new byte[32];
    new SecureRandom().nextBytes(m);
    return m;
  }

  /** Imports {@code material}; returns its KeyMaterialId. */
  static String importMaterial(KmsClient kms, String keyId, byte[] material,
      Consumer<ImportKeyMaterialRequest.Builder> customizer) throws Exception {
    GetParametersForImportResponse params = kms.getParametersForImport(r -> r.keyId(keyId)
        .wrappingAlgorithm(AlgorithmSpec.RSAES_OAEP_SHA_256).wrappingKeySpec(WrappingKeySpec.RSA_2048));
    byte[] wrapped = ImportWrapper.wrap("RSAES_OAEP_SHA_256", params.publicKey().asByteArray(), material);
    return kms.importKeyMaterial(r -> {
      r.keyId(keyId).importToken(params.importToken())
          .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped))
          .expirationModel(ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE);
      customizer.accept(r);
    }).keyMaterialId();
  }

  /** Imports {@code material} as NEW_KEY_MATERIAL with a description; returns its KeyMaterialId. */
  static String importNew(KmsClient kms, String keyId, byte[] material, String description)
      throws Exception {
    return importMaterial(kms, keyId, material,
        r -> r.importType(ImportType.NEW_KEY_MATERIAL).keyMaterialDescription(description));
  }

  static String externalKey(KmsClient kms) {
    return kms.createKey(r -> r.origin(OriginType.EXTERNAL)).keyMetadata().keyId();
  }

  /** ListKeyRotations, with ALL_KEY_MATERIAL or ROTATIONS_ONLY. */
  static List<RotationsListEntry> rotations(KmsClient kms, String keyId, boolean all) {
    return kms.listKeyRotations(r -> r.keyId(keyId).includeKeyMaterial(
        all ? IncludeKeyMaterial.ALL_KEY_MATERIAL : IncludeKeyMaterial.ROTATIONS_ONLY)).rotations();
  }
}
