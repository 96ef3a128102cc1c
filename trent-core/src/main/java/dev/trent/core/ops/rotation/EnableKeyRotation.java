package dev.trent.core.ops.rotation;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.KeyStateRules;
import dev.trent.protocol.wire.EnableKeyRotationRequest;
import dev.trent.protocol.wire.NoContent;
import dev.trent.store.StoredKey;
import dev.trent.store.StoredRotationSchedule;
import java.time.Duration;
import java.time.Instant;

/**
 * EnableKeyRotation: rotate automatically every RotationPeriodInDays (90 to 2560, checked by the
 * model; 365 by default). Enabling schedules the first rotation one period from now; changing the
 * period of an enabled schedule keeps its base date, as AWS counts the new period from the last
 * rotation.
 */
public final class EnableKeyRotation implements Operation<EnableKeyRotationRequest, NoContent> {
  private final Services services;

  public EnableKeyRotation(Services services) {
    this.services = services;
  }

  @Override
  public Class<EnableKeyRotationRequest> requestType() {
    return EnableKeyRotationRequest.class;
  }

  @Override
  public NoContent execute(EnableKeyRotationRequest request, RequestContext ctx) {
    int period = request.rotationPeriodInDays() == null
        ? RotationRules.DEFAULT_PERIOD_DAYS : request.rotationPeriodInDays();
    services.store().write(tx -> {
      StoredKey key = services.resolver().resolve(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action());
      KeyStateRules.requireUsable(key);
      RotationRules.requireRotatable(key);
      Instant base = tx.rotationSchedule(key.keyId())
          .map(s -> s.nextRotationDate().minus(Duration.ofDays(s.periodInDays())))
          .orElse(ctx.now());
      tx.putRotationSchedule(
          new StoredRotationSchedule(key.keyId(), period, base.plus(Duration.ofDays(period))));
      return null;
    });
    return NoContent.INSTANCE;
  }
}
