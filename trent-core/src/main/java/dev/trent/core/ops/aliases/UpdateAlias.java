package dev.trent.core.ops.aliases;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.Arns;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.KeyStateRules;
import dev.trent.protocol.error.NotFoundException;
import dev.trent.protocol.error.ValidationException;
import dev.trent.protocol.wire.NoContent;
import dev.trent.protocol.wire.UpdateAliasRequest;
import dev.trent.store.StoredAlias;
import dev.trent.store.StoredKey;

/** UpdateAlias: points an alias at another key of the same key usage and spec type. */
public final class UpdateAlias implements Operation<UpdateAliasRequest, NoContent> {
  private final Services services;

  public UpdateAlias(Services services) {
    this.services = services;
  }

  @Override
  public Class<UpdateAliasRequest> requestType() {
    return UpdateAliasRequest.class;
  }

  @Override
  public Scope scope() {
    return Scope.ALIAS;
  }

  @Override
  public NoContent execute(UpdateAliasRequest request, RequestContext ctx) {
    AliasNames.requireCustomerName(request.aliasName());
    AliasNames.requireKeyTarget(request.targetKeyId());
    services.store().write(tx -> {
      StoredAlias alias = tx.alias(ctx.accountId(), ctx.region(), request.aliasName())
          .orElseThrow(() -> new NotFoundException("Alias "
              + Arns.alias(ctx.region(), ctx.accountId(), request.aliasName()) + " is not found."));
      StoredKey target = services.resolver()
          .resolve(tx, request.targetKeyId(), KeyResolver.KEY_FORMS, ctx, action());
      KeyStateRules.requireManageable(target);
      // AWS: UpdateAlias needs kms:UpdateAlias on the current target key too.
      StoredKey current = services.resolver().resolve(tx,
          Arns.key(ctx.region(), ctx.accountId(), alias.targetKeyId()), KeyResolver.KEY_FORMS, ctx, action());
      if (!current.keyUsage().equals(target.keyUsage())
          || current.keySpec().equals("SYMMETRIC_DEFAULT") != target.keySpec().equals("SYMMETRIC_DEFAULT")) {
        throw new ValidationException("The new target key must have the same key usage and key spec"
            + " type as the current target key of " + request.aliasName() + ".");
      }
      tx.updateAlias(new StoredAlias(alias.accountId(), alias.region(), alias.aliasName(),
          target.keyId(), alias.creationDate(), ctx.now()));
      return null;
    });
    return NoContent.INSTANCE;
  }
}
