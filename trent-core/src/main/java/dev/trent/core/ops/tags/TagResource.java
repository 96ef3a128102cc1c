package dev.trent.core.ops.tags;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.KeyStateRules;
import dev.trent.protocol.wire.NoContent;
import dev.trent.protocol.wire.TagResourceRequest;
import dev.trent.store.StoredKey;

/** TagResource: adds tags, replacing the values of tag keys the key already has. */
public final class TagResource implements Operation<TagResourceRequest, NoContent> {
  private final Services services;

  public TagResource(Services services) {
    this.services = services;
  }

  @Override
  public Class<TagResourceRequest> requestType() {
    return TagResourceRequest.class;
  }

  @Override
  public NoContent execute(TagResourceRequest request, RequestContext ctx) {
    services.store().write(tx -> {
      StoredKey key = services.resolver().resolve(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action());
      KeyStateRules.requireManageable(key);
      TagRules.apply(tx, key.keyId(), request.tags());
      return null;
    });
    return NoContent.INSTANCE;
  }
}
