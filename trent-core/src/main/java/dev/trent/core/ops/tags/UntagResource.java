package dev.trent.core.ops.tags;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.KeyStateRules;
import dev.trent.protocol.wire.NoContent;
import dev.trent.protocol.wire.UntagResourceRequest;
import dev.trent.store.StoredKey;

/** UntagResource: removes tags by key; naming a tag the key lacks is not an error. */
public final class UntagResource implements Operation<UntagResourceRequest, NoContent> {
  private final Services services;

  public UntagResource(Services services) {
    this.services = services;
  }

  @Override
  public Class<UntagResourceRequest> requestType() {
    return UntagResourceRequest.class;
  }

  @Override
  public NoContent execute(UntagResourceRequest request, RequestContext ctx) {
    services.store().write(tx -> {
      StoredKey key = services.resolver().resolve(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action());
      KeyStateRules.requireManageable(key);
      request.tagKeys().forEach(tagKey -> tx.deleteTag(key.keyId(), tagKey));
      return null;
    });
    return NoContent.INSTANCE;
  }
}
