package dev.trent.core.ops.grants;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.ops.crypto.DryRun;
import dev.trent.protocol.wire.NoContent;
import dev.trent.protocol.wire.RevokeGrantRequest;
import dev.trent.store.StoredKey;

/** RevokeGrant: deletes a grant; needs kms:RevokeGrant on the key. Cross-account with the key ARN. */
public final class RevokeGrant implements Operation<RevokeGrantRequest, NoContent> {
  private final Services services;

  public RevokeGrant(Services services) {
    this.services = services;
  }

  @Override
  public Class<RevokeGrantRequest> requestType() {
    return RevokeGrantRequest.class;
  }

  @Override
  public NoContent execute(RevokeGrantRequest request, RequestContext ctx) {
    GrantRules.requireGrantIdShape(request.grantId());
    services.store().write(tx -> {
      StoredKey key = services.resolver().resolve(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action());
      if (tx.grant(key.keyId(), request.grantId()).isEmpty()) {
        throw GrantRules.notFound(request.grantId());
      }
      DryRun.stopIfRequested(request.dryRun());
      tx.deleteGrant(key.keyId(), request.grantId());
      return null;
    });
    return NoContent.INSTANCE;
  }
}
