package dev.trent.core.ops.keys;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyStateRules;
import dev.trent.protocol.wire.NoContent;
import dev.trent.protocol.wire.UpdateKeyDescriptionRequest;

/** UpdateKeyDescription: replaces the description of an Enabled or Disabled key. */
public final class UpdateKeyDescription implements Operation<UpdateKeyDescriptionRequest, NoContent> {
  private final Services services;

  public UpdateKeyDescription(Services services) {
    this.services = services;
  }

  @Override
  public Class<UpdateKeyDescriptionRequest> requestType() {
    return UpdateKeyDescriptionRequest.class;
  }

  @Override
  public NoContent execute(UpdateKeyDescriptionRequest request, RequestContext ctx) {
    KeyStateChange.apply(services, request.keyId(), ctx, action(), key -> {
      KeyStateRules.requireManageable(key);
      return key.withDescription(request.description());
    });
    return NoContent.INSTANCE;
  }
}
