package dev.trent.core.ops.imports;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.ImportCompleteness;
import dev.trent.core.key.ImportedMaterials;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.KeySpecRules;
import dev.trent.core.key.KeyState;
import dev.trent.crypto.SecretBytes;
import dev.trent.protocol.error.ExpiredImportTokenException;
import dev.trent.protocol.error.IncorrectKeyMaterialException;
import dev.trent.protocol.error.InvalidCiphertextException;
import dev.trent.protocol.error.InvalidImportTokenException;
import dev.trent.protocol.error.UnsupportedOperationException;
import dev.trent.protocol.error.ValidationException;
import dev.trent.protocol.wire.ImportKeyMaterialRequest;
import dev.trent.protocol.wire.ImportKeyMaterialResponse;
import dev.trent.store.StoredImport;
import dev.trent.store.StoredImportToken;
import dev.trent.store.StoredKey;
import dev.trent.store.StoredRotation;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * ImportKeyMaterial for symmetric encryption, HMAC, RSA and ECC keys (a private key as PKCS #8):
 * unwraps the material under the token's key pair and places it among the key's materials
 * ({@link MaterialPlacement}): the first import binds it, EXISTING_KEY_MATERIAL re-imports an
 * associated material (after DeleteImportedKeyMaterial or expiry, or to change the expiration),
 * NEW_KEY_MATERIAL stages material for RotateKeyOnDemand. A PendingImport key becomes Enabled once
 * every associated material is imported; a Disabled one stays Disabled.
 */
public final class ImportKeyMaterial
    implements Operation<ImportKeyMaterialRequest, ImportKeyMaterialResponse> {

  private final Services services;

  public ImportKeyMaterial(Services services) {
    this.services = services;
  }

  @Override
  public Class<ImportKeyMaterialRequest> requestType() {
    return ImportKeyMaterialRequest.class;
  }

  @Override
  public ImportKeyMaterialResponse execute(ImportKeyMaterialRequest request, RequestContext ctx) {
    // ExpirationModel defaults to KEY_MATERIAL_EXPIRES (API reference).
    String model = request.expirationModel() == null ? ImportRules.EXPIRES : request.expirationModel();
    if (ImportRules.EXPIRES.equals(model) && request.validTo() == null) {
      throw new ValidationException("A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES");
    }
    if (ImportRules.DOES_NOT_EXPIRE.equals(model) && request.validTo() != null) {
      throw new ValidationException(
          "A validTo date must not be set if the ExpirationModel is KEY_MATERIAL_DOES_NOT_EXPIRE");
    }
    if (request.validTo() != null && !request.validTo().isAfter(ctx.now())) {
      throw new ValidationException("The validTo date must be in the future.");
    }
    String importType = request.importType() == null ? MaterialPlacement.EXISTING : request.importType();
    boolean isNew = MaterialPlacement.NEW.equals(importType);
    if (isNew && request.keyMaterialId() != null) {
      // Chosen text: KeyMaterialId names material already associated with the key.
      throw new ValidationException("KeyMaterialId is valid only when ImportType is EXISTING_KEY_MATERIAL.");
    }
    String tokenId = HexFormat.of().formatHex(request.importToken());
    return services.store().write(tx -> {
      StoredKey key = services.resolver().resolve(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action());
      ImportRules.requireImportable(key);
      if (isNew && !KeySpecRules.SYMMETRIC_DEFAULT.equals(key.keySpec())) {
        // Chosen text: asymmetric and HMAC keys hold one material only (Developer Guide).
        throw new UnsupportedOperationException("ImportType NEW_KEY_MATERIAL is valid only for"
            + " symmetric encryption KMS keys.");
      }
      StoredImportToken token = tx.importToken(tokenId)
          .filter(t -> t.keyId().equals(key.keyId()))
          .orElseThrow(() -> new InvalidImportTokenException("Import token is invalid or corrupted."));
      if (!token.validTo().isAfter(ctx.now())) {
        throw new ExpiredImportTokenException("Import token expired.");
      }
      try (SecretBytes material = unwrap(key, token, request.encryptedKeyMaterial())) {
        byte[] publicKey = PrivateKeyMaterial.publicKeyOf(key.keySpec(), material);
        if (publicKey == null) {
          MaterialLength.check(key.keySpec(), material.length());
        }
        // A key pair is named by its public half, which is the same however the private key was
        // encoded; a secret key by the material itself.
        String materialId;
        try (SecretBytes naming = publicKey == null ? SecretBytes.copyOf(material.toByteArray())
            : SecretBytes.copyOf(publicKey)) {
          materialId = ImportedMaterials.materialId(key, naming);
        }
        MaterialPlacement.Kind kind =
            MaterialPlacement.place(tx, key, materialId, importType, request.keyMaterialId());
        if (tx.material(key.keyId(), materialId).isEmpty()) {
          tx.insertMaterial(
              services.vault().importedMaterial(key, materialId, material, publicKey, ctx.now()));
        }
        StoredKey imported = key;
        if (kind == MaterialPlacement.Kind.FIRST) {
          if (tx.latestRotationSequence(key.keyId()) < 0) {
            tx.insertRotation(new StoredRotation(key.keyId(), 0, materialId, ctx.now(), null));
          }
          imported = key.withCurrentMaterialId(materialId);
        }
        // A re-import without a description keeps the one the material has.
        String description = request.keyMaterialDescription() != null ? request.keyMaterialDescription()
            : tx.importedMaterials(key.keyId()).stream().filter(i -> i.materialId().equals(materialId))
                .map(StoredImport::description).filter(d -> d != null).findFirst().orElse(null);
        tx.putImportedMaterial(new StoredImport(key.keyId(), materialId, model,
            ImportRules.EXPIRES.equals(model) ? request.validTo() : null, description,
            kind == MaterialPlacement.Kind.PENDING_ROTATION));
        boolean pending = KeyState.of(key.keyState()) == KeyState.PENDING_IMPORT;
        if (pending && ImportCompleteness.complete(tx, imported)) {
          imported = imported.withState(KeyState.ENABLED.wireName(), null, null);
        }
        if (imported != key) {
          tx.updateKey(imported);
        }
        return new ImportKeyMaterialResponse(ImportRules.arn(key), materialId);
      }
    });
  }

  private SecretBytes unwrap(StoredKey key, StoredImportToken token, byte[] encrypted) {
    try {
      return services.vault().imports().unwrap(key, token, encrypted);
    } catch (GeneralSecurityException e) {
      throw new InvalidCiphertextException(null);
    }
  }
}
