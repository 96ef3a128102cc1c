package dev.trent.core.ops.aliases;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.Arns;
import dev.trent.core.key.KeyResolver;
import dev.trent.protocol.error.NotFoundException;
import dev.trent.protocol.wire.DeleteAliasRequest;
import dev.trent.protocol.wire.NoContent;
import dev.trent.store.StoredAlias;

/** DeleteAlias: removes the name; the key itself is untouched, whatever its state. */
public final class DeleteAlias implements Operation<DeleteAliasRequest, NoContent> {
  private final Services services;

  public DeleteAlias(Services services) {
    this.services = services;
  }

  @Override
  public Class<DeleteAliasRequest> requestType() {
    return DeleteAliasRequest.class;
  }

  @Override
  public Scope scope() {
    return Scope.ALIAS;
  }

  @Override
  public NoContent execute(DeleteAliasRequest request, RequestContext ctx) {
    AliasNames.requirePrefix(request.aliasName());
    services.store().write(tx -> {
      StoredAlias alias = tx.alias(ctx.accountId(), ctx.region(), request.aliasName())
          .orElseThrow(() -> new NotFoundException("Alias "
              + Arns.alias(ctx.region(), ctx.accountId(), request.aliasName()) + " is not found."));
      // AWS: DeleteAlias needs kms:DeleteAlias on the key too.
      services.resolver().resolve(tx, Arns.key(ctx.region(), ctx.accountId(), alias.targetKeyId()),
          KeyResolver.KEY_FORMS, ctx, action());
      tx.deleteAlias(ctx.accountId(), ctx.region(), request.aliasName());
      return null;
    });
    return NoContent.INSTANCE;
  }
}
