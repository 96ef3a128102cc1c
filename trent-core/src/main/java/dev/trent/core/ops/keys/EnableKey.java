package dev.trent.core.ops.keys;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyState;
import dev.trent.core.key.KeyStateRules;
import dev.trent.protocol.wire.EnableKeyRequest;
import dev.trent.protocol.wire.NoContent;

/** EnableKey: Disabled to Enabled; enabling an Enabled key changes nothing. */
public final class EnableKey implements Operation<EnableKeyRequest, NoContent> {
  private final Services services;

  public EnableKey(Services services) {
    this.services = services;
  }

  @Override
  public Class<EnableKeyRequest> requestType() {
    return EnableKeyRequest.class;
  }

  @Override
  public NoContent execute(EnableKeyRequest request, RequestContext ctx) {
    KeyStateChange.apply(services, request.keyId(), ctx, action(), key -> {
      KeyStateRules.requireManageable(key);
      return key.withState(KeyState.ENABLED.wireName(), null, null);
    });
    return NoContent.INSTANCE;
  }
}
