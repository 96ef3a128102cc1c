package dev.trent.core.ops.rotation;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyResolver;
import dev.trent.protocol.wire.GetKeyRotationStatusRequest;
import dev.trent.protocol.wire.GetKeyRotationStatusResponse;
import dev.trent.store.StoredKey;

/**
 * GetKeyRotationStatus. OnDemandRotationStartDate is never present: Trent completes an on-demand
 * rotation within its request, so none is ever in progress.
 */
public final class GetKeyRotationStatus
    implements Operation<GetKeyRotationStatusRequest, GetKeyRotationStatusResponse> {
  private final Services services;

  public GetKeyRotationStatus(Services services) {
    this.services = services;
  }

  @Override
  public Class<GetKeyRotationStatusRequest> requestType() {
    return GetKeyRotationStatusRequest.class;
  }

  @Override
  public GetKeyRotationStatusResponse execute(GetKeyRotationStatusRequest request, RequestContext ctx) {
    return services.store().read(tx -> {
      StoredKey key = services.resolver().resolve(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action());
      RotationRules.requireReadable(key);
      RotationRules.requireSymmetric(key);
      return tx.rotationSchedule(key.keyId())
          .map(s -> new GetKeyRotationStatusResponse(true, key.keyId(), s.periodInDays(),
              s.nextRotationDate(), null))
          .orElseGet(() -> new GetKeyRotationStatusResponse(false, key.keyId(), null, null, null));
    });
  }
}
