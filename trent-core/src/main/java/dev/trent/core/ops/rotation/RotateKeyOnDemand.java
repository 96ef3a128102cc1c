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
import dev.trent.store.StoredKey;

/**
 * RotateKeyOnDemand: a new current material now, whether or not automatic rotation is enabled, and
 * without moving its schedule. AWS rotates in the background; Trent completes the rotation before
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
      if ("EXTERNAL".equals(key.origin())) {
        // Imported keys rotate on demand only into new material imported for it beforehand, which
        // Trent does not take yet: there is never any pending.
        throw new KMSInvalidStateException(
            "No available key material pending rotation for the key: " + RotationRules.arn(key) + ".");
      }
      if (tx.rotationCount(key.keyId(), MaterialRotation.ON_DEMAND) >= RotationRules.ON_DEMAND_LIMIT) {
        throw new LimitExceededException("The on-demand rotations limit has been reached for the given"
            + " keyId. No more on-demand rotations can be performed for this key: "
            + RotationRules.arn(key));
      }
      rotation.rotate(tx, key, MaterialRotation.ON_DEMAND, ctx.now());
      return new RotateKeyOnDemandResponse(key.keyId());
    });
  }
}
