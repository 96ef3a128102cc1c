package dev.trent.core.ops.imports;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.KeyState;
import dev.trent.protocol.error.KMSInvalidStateException;
import dev.trent.protocol.error.NotFoundException;
import dev.trent.protocol.wire.DeleteImportedKeyMaterialRequest;
import dev.trent.protocol.wire.DeleteImportedKeyMaterialResponse;
import dev.trent.store.StoredImport;
import dev.trent.store.StoredKey;
import java.util.Optional;

/**
 * DeleteImportedKeyMaterial: one material, the one named by KeyMaterialId or else the current one,
 * is deleted at once. If it was permanently associated with the key, the key waits in
 * PendingImport (a key pending deletion stays so); the key remembers the material's id, so only the
 * same material can be imported again, and then every earlier ciphertext decrypts again. Material
 * pending rotation is simply gone, and other material may be imported in its place.
 */
public final class DeleteImportedKeyMaterial
    implements Operation<DeleteImportedKeyMaterialRequest, DeleteImportedKeyMaterialResponse> {
  private final Services services;

  public DeleteImportedKeyMaterial(Services services) {
    this.services = services;
  }

  @Override
  public Class<DeleteImportedKeyMaterialRequest> requestType() {
    return DeleteImportedKeyMaterialRequest.class;
  }

  @Override
  public DeleteImportedKeyMaterialResponse execute(DeleteImportedKeyMaterialRequest request, RequestContext ctx) {
    return services.store().write(tx -> {
      StoredKey key = services.resolver().resolve(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action());
      ImportRules.requireExternal(key);
      KeyState state = KeyState.of(key.keyState());
      if (state == KeyState.UNAVAILABLE) {
        throw new KMSInvalidStateException(ImportRules.arn(key) + " is unavailable.");
      }
      // Without KeyMaterialId the current material goes (Developer Guide).
      String target = request.keyMaterialId() != null ? request.keyMaterialId() : key.currentMaterialId();
      Optional<StoredImport> imported = tx.importedMaterials(key.keyId()).stream()
          .filter(i -> i.materialId().equals(target)).findFirst();
      if (imported.isEmpty() && request.keyMaterialId() != null
          && tx.rotations(key.keyId(), -1, Integer.MAX_VALUE).stream()
              .noneMatch(r -> r.materialId().equals(target))) {
        // Chosen text: AWS's for an unknown KeyMaterialId is not recorded.
        throw new NotFoundException("Key material " + target + " is not associated with "
            + ImportRules.arn(key) + ".");
      }
      // Material pending rotation is not permanently associated: deleting it leaves the key as it is.
      boolean associated = imported.map(i -> !i.pendingRotation()).orElse(false);
      if (tx.deleteImportedMaterial(key.keyId(), target) && associated
          && state != KeyState.PENDING_DELETION && state != KeyState.PENDING_IMPORT) {
        tx.updateKey(key.withState(KeyState.PENDING_IMPORT.wireName(), null, null));
      }
      return new DeleteImportedKeyMaterialResponse(ImportRules.arn(key), target);
    });
  }
}
