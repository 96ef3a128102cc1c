package dev.trent.core.ops.keys;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.Arns;
import dev.trent.core.key.KeyState;
import dev.trent.core.key.KeyStateRules;
import dev.trent.protocol.validate.ValidationErrors;
import dev.trent.protocol.wire.ScheduleKeyDeletionRequest;
import dev.trent.protocol.wire.ScheduleKeyDeletionResponse;
import dev.trent.store.StoredKey;
import java.time.Duration;
import java.time.Instant;

/** ScheduleKeyDeletion: PendingDeletion for 7 to 30 days (30 by default), then the key is gone. */
public final class ScheduleKeyDeletion implements Operation<ScheduleKeyDeletionRequest, ScheduleKeyDeletionResponse> {
  private static final int DEFAULT_WINDOW_DAYS = 30;

  private final Services services;

  public ScheduleKeyDeletion(Services services) {
    this.services = services;
  }

  @Override
  public Class<ScheduleKeyDeletionRequest> requestType() {
    return ScheduleKeyDeletionRequest.class;
  }

  @Override
  public ScheduleKeyDeletionResponse execute(ScheduleKeyDeletionRequest request, RequestContext ctx) {
    int days = request.pendingWindowInDays() == null ? DEFAULT_WINDOW_DAYS : request.pendingWindowInDays();
    ValidationErrors.requireInRange("pendingWindowInDays", days, 7, 30);
    Instant deletionDate = ctx.now().plus(Duration.ofDays(days));
    StoredKey key = KeyStateChange.apply(services, request.keyId(), ctx, action(), current -> {
      // A key waiting for imported material may be scheduled for deletion too (key-state table).
      if (KeyState.of(current.keyState()) != KeyState.PENDING_IMPORT) {
        KeyStateRules.requireManageable(current);
      }
      return current.withState(KeyState.PENDING_DELETION.wireName(), deletionDate, days);
    });
    return new ScheduleKeyDeletionResponse(Arns.key(key.region(), key.accountId(), key.keyId()),
        deletionDate, key.keyState(), days);
  }
}
