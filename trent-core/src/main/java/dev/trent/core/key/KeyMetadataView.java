package dev.trent.core.key;

import dev.trent.protocol.wire.KeyMetadata;
import dev.trent.store.StoredImport;
import dev.trent.store.StoredKey;
import java.util.Optional;
import java.util.Set;

/** Renders a stored key as the API's KeyMetadata, with the members AWS shows for its spec. */
public final class KeyMetadataView {
  /** CustomerMasterKeySpec is deprecated: AWS fills it only for the specs its enum knows. */
  private static final Set<String> LEGACY_SPECS = Set.of("RSA_2048", "RSA_3072", "RSA_4096",
      "ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1", "SYMMETRIC_DEFAULT",
      "HMAC_224", "HMAC_256", "HMAC_384", "HMAC_512", "SM2");

  private KeyMetadataView() {}

  public static KeyMetadata of(StoredKey k) {
    return of(k, Optional.empty());
  }

  /** With ExpirationModel and ValidTo of the key's imported material, when it holds some. */
  public static KeyMetadata of(StoredKey k, Optional<StoredImport> imported) {
    KeyState state = KeyState.of(k.keyState());
    String spec = k.keySpec();
    String usage = k.keyUsage();
    return new KeyMetadata(
        k.accountId(),
        k.keyId(),
        Arns.key(k.region(), k.accountId(), k.keyId()),
        k.creationDate(),
        state == KeyState.ENABLED,
        k.description(),
        k.keyUsage(),
        state.wireName(),
        k.deletionDate(),
        imported.map(StoredImport::validTo).orElse(null),
        k.origin(),
        "CUSTOMER",
        LEGACY_SPECS.contains(spec) ? spec : null,
        spec,
        KeySpecRules.encryptionAlgorithms(spec, usage),
        KeySpecRules.signingAlgorithms(spec, usage),
        KeySpecRules.macAlgorithms(spec, usage),
        KeySpecRules.keyAgreementAlgorithms(spec, usage),
        KeySpecRules.encapsulationAlgorithms(spec, usage),
        false,
        null,
        k.currentMaterialId(),
        imported.map(StoredImport::expirationModel).orElse(null));
  }
}
