package dev.trent.core.ops.rotation;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.KeyStateRules;
import dev.trent.core.key.MaterialRotation;
import dev.trent.protocol.error.KMSInvalidStateException;
import dev.trent.protocol.error.LimitExceededException;
import dev.trent.protocol.wire.RotateKeyOnDemandRequest;
import dev.trent.protocol.wire.RotateKeyOnDemandResponse;
import dev.trent.store.StoredImport;
import dev.trent.store.StoredKey;
import dev.trent.store.StoredRotation;
import java.util.Optional;

/**
 * RotateKeyOnDemand: a new current material now, whether or not automatic rotation is enabled, and
 * without moving its schedule. A key with imported material rotates into the material imported
 * for it as NEW_KEY_MATERIAL (PENDING_ROTATION), which becomes current and permanently associated
 * with the key. AWS rotates in the background; Trent completes the rotation before
 * answering, which a caller cannot tell apart from a fast background rotation.
 */
public final class RotateKeyOnDemand
    implements Operation<RotateKeyOnDemandRequest, RotateKeyOnDemandResponse> {
  private final Services services;
  private final MaterialRotation rotation;

  public RotateKeyOnDemand(Services services) {
    this.services = services;
    this.rotation = new MaterialRotation(services.vault());
  }

  @Override
  public Class<RotateKeyOnDemandRequest> requestType() {
    return RotateKeyOnDemandRequest.class;
  }

  @Override
  public RotateKeyOnDemandResponse execute(RotateKeyOnDemandRequest request, RequestContext ctx) {
    return services.store().write(tx -> {
      StoredKey key = services.resolver().resolve(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action());
      KeyStateRules.requireUsable(key);
      RotationRules.requireSymmetric(key);
      boolean external = "EXTERNAL".equals(key.origin());
      // Imported keys rotate only into the material imported for it as NEW_KEY_MATERIAL.
      Optional<StoredImport> pending = !external ? Optional.empty() : tx.importedMaterials(key.keyId())
          .stream().filter(StoredImport::pendingRotation).findFirst();
      if (external && pending.isEmpty()) {
        throw new KMSInvalidStateException(
            "No available key material pending rotation for the key: " + RotationRules.arn(key) + ".");
      }
      if (tx.rotationCount(key.keyId(), MaterialRotation.ON_DEMAND) >= RotationRules.ON_DEMAND_LIMIT) {
        throw new LimitExceededException("The on-demand rotations limit has been reached for the given"
            + " keyId. No more on-demand rotations can be performed for this key: "
            + RotationRules.arn(key));
      }
      if (external) {
        StoredImport next = pending.get();
        tx.insertRotation(new StoredRotation(key.keyId(), tx.latestRotationSequence(key.keyId()) + 1,
            next.materialId(), ctx.now(), MaterialRotation.ON_DEMAND));
        tx.putImportedMaterial(next.withPendingRotation(false));
        tx.updateKey(key.withCurrentMaterialId(next.materialId()));
      } else {
        rotation.rotate(tx, key, MaterialRotation.ON_DEMAND, ctx.now());
      }
      return new RotateKeyOnDemandResponse(key.keyId());
    });
  }
}
