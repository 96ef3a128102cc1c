package dev.trent.core.ops.keys;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyState;
import dev.trent.core.key.KeyStateRules;
import dev.trent.protocol.wire.DisableKeyRequest;
import dev.trent.protocol.wire.NoContent;

/** DisableKey: Enabled to Disabled; the key can no longer be used for cryptography. */
public final class DisableKey implements Operation<DisableKeyRequest, NoContent> {
  private final Services services;

  public DisableKey(Services services) {
    this.services = services;
  }

  @Override
  public Class<DisableKeyRequest> requestType() {
    return DisableKeyRequest.class;
  }

  @Override
  public NoContent execute(DisableKeyRequest request, RequestContext ctx) {
    KeyStateChange.apply(services, request.keyId(), ctx, action(), key -> {
      KeyStateRules.requireManageable(key);
      return key.withState(KeyState.DISABLED.wireName(), null, null);
    });
    return NoContent.INSTANCE;
  }
}
