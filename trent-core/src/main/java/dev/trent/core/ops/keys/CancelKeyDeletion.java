package dev.trent.core.ops.keys;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.Arns;
import dev.trent.core.key.ImportCompleteness;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.KeyState;
import dev.trent.core.key.KeyStateRules;
import dev.trent.protocol.wire.CancelKeyDeletionRequest;
import dev.trent.protocol.wire.CancelKeyDeletionResponse;
import dev.trent.store.StoredKey;

/** CancelKeyDeletion: PendingDeletion back to Disabled, as AWS does. */
public final class CancelKeyDeletion implements Operation<CancelKeyDeletionRequest, CancelKeyDeletionResponse> {
  private final Services services;

  public CancelKeyDeletion(Services services) {
    this.services = services;
  }

  @Override
  public Class<CancelKeyDeletionRequest> requestType() {
    return CancelKeyDeletionRequest.class;
  }

  @Override
  public CancelKeyDeletionResponse execute(CancelKeyDeletionRequest request, RequestContext ctx) {
    StoredKey key = services.store().write(tx -> {
      StoredKey current = services.resolver().resolve(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action());
      KeyStateRules.requirePendingDeletion(current);
      // A key whose imported material is gone (deleted or expired) goes back to waiting for it.
      boolean withoutMaterial = "EXTERNAL".equals(current.origin())
          && !ImportCompleteness.complete(tx, current);
      StoredKey changed = current.withState(
          (withoutMaterial ? KeyState.PENDING_IMPORT : KeyState.DISABLED).wireName(), null, null);
      tx.updateKey(changed);
      return changed;
    });
    return new CancelKeyDeletionResponse(Arns.key(key.region(), key.accountId(), key.keyId()));
  }
}
