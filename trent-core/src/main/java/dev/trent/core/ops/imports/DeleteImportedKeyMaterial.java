package dev.trent.core.ops.imports;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.KeyState;
import dev.trent.protocol.error.KMSInvalidStateException;
import dev.trent.protocol.wire.DeleteImportedKeyMaterialRequest;
import dev.trent.protocol.wire.DeleteImportedKeyMaterialResponse;
import dev.trent.store.StoredKey;

/**
 * DeleteImportedKeyMaterial: the material is deleted at once and the key waits in PendingImport
 * (a key pending deletion stays so). The key remembers the material's id, so only the same
 * material can be imported again, and then every earlier ciphertext decrypts again.
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
      if (tx.deleteImportedMaterial(key.keyId()) && state != KeyState.PENDING_DELETION) {
        tx.updateKey(key.withState(KeyState.PENDING_IMPORT.wireName(), null, null));
      }
      return new DeleteImportedKeyMaterialResponse(ImportRules.arn(key), key.currentMaterialId());
    });
  }
}
