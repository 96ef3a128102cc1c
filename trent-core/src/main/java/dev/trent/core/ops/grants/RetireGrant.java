package dev.trent.core.ops.grants;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.authz.GrantToken;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.ops.crypto.DryRun;
import dev.trent.protocol.error.ValidationException;
import dev.trent.protocol.wire.NoContent;
import dev.trent.protocol.wire.RetireGrantRequest;
import dev.trent.store.StoredGrant;
import dev.trent.store.StoredKey;

/**
 * RetireGrant: deletes a grant named by its token, or by key and grant id. Who may retire is
 * decided by the grant itself (its retiring principal, or its grantee when it allows RetireGrant),
 * else by kms:RetireGrant on the key; see {@link dev.trent.core.authz.Authorization#requireToRetire}.
 */
public final class RetireGrant implements Operation<RetireGrantRequest, NoContent> {
  private final Services services;

  public RetireGrant(Services services) {
    this.services = services;
  }

  @Override
  public Class<RetireGrantRequest> requestType() {
    return RetireGrantRequest.class;
  }

  @Override
  public NoContent execute(RetireGrantRequest request, RequestContext ctx) {
    services.store().write(tx -> {
      StoredKey key;
      String grantId;
      if (request.grantToken() != null) {
        GrantToken token = GrantToken.read(request.grantToken())
            .orElseThrow(GrantToken::invalid);
        grantId = token.grantId();
        key = tx.key(token.keyId()).orElseThrow(() -> GrantRules.notFound(token.grantId()));
      } else if (request.keyId() != null && request.grantId() != null) {
        GrantRules.requireGrantIdShape(request.grantId());
        grantId = request.grantId();
        key = services.resolver().locate(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action());
      } else {
        throw new ValidationException("Either a grant token, or both a key ID and a grant ID, are required.");
      }
      StoredGrant grant = tx.grant(key.keyId(), grantId).orElseThrow(() -> GrantRules.notFound(grantId));
      ctx.authorization().requireToRetire(tx, key, grant);
      DryRun.stopIfRequested(request.dryRun());
      tx.deleteGrant(key.keyId(), grantId);
      return null;
    });
    return NoContent.INSTANCE;
  }
}
