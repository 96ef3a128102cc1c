package dev.trent.core.usage;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyResolver;
import dev.trent.protocol.wire.GetKeyLastUsageRequest;
import dev.trent.protocol.wire.GetKeyLastUsageResponse;
import dev.trent.protocol.wire.KeyLastUsageData;
import dev.trent.store.StoredKey;
import java.time.Instant;

/**
 * GetKeyLastUsage: the key's last successful cryptographic use, in any key state, by key id or ARN
 * (aliases are not supported, API reference). TrackingStartDate is the key's creation or the
 * start of tracking, whichever is later. CloudTrailEventId is the eventID of the use's audit
 * record.
 */
public final class GetKeyLastUsage implements Operation<GetKeyLastUsageRequest, GetKeyLastUsageResponse> {
  private final Services services;
  private final KeyUsageLog log;

  public GetKeyLastUsage(Services services, KeyUsageLog log) {
    this.services = services;
    this.log = log;
  }

  @Override
  public Class<GetKeyLastUsageRequest> requestType() {
    return GetKeyLastUsageRequest.class;
  }

  @Override
  public GetKeyLastUsageResponse execute(GetKeyLastUsageRequest request, RequestContext ctx) {
    return services.store().read(tx -> {
      StoredKey key = services.resolver().resolve(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action());
      Instant start = tx.usageTrackingStart();
      Instant trackingStart = key.creationDate().isAfter(start) ? key.creationDate() : start;
      KeyLastUsageData usage = log.lastUsage(tx, key.keyId())
          .map(u -> new KeyLastUsageData(u.operation(), u.usedAt(), u.eventId(), u.requestId()))
          .orElse(null);
      return new GetKeyLastUsageResponse(key.keyId(), usage, trackingStart, key.creationDate());
    });
  }
}
