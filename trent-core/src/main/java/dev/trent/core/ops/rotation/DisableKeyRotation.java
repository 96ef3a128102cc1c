package dev.trent.core.ops.rotation;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.KeyStateRules;
import dev.trent.protocol.wire.DisableKeyRotationRequest;
import dev.trent.protocol.wire.NoContent;
import dev.trent.store.StoredKey;

/** DisableKeyRotation: no more automatic rotations; earlier materials stay for decryption. */
public final class DisableKeyRotation implements Operation<DisableKeyRotationRequest, NoContent> {
  private final Services services;

  public DisableKeyRotation(Services services) {
    this.services = services;
  }

  @Override
  public Class<DisableKeyRotationRequest> requestType() {
    return DisableKeyRotationRequest.class;
  }

  @Override
  public NoContent execute(DisableKeyRotationRequest request, RequestContext ctx) {
    services.store().write(tx -> {
      StoredKey key = services.resolver().resolve(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action());
      KeyStateRules.requireUsable(key);
      RotationRules.requireRotatable(key);
      tx.deleteRotationSchedule(key.keyId());
      return null;
    });
    return NoContent.INSTANCE;
  }
}
