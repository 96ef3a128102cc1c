package dev.trent.core.ops.aliases;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.Arns;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.KeyStateRules;
import dev.trent.protocol.error.AlreadyExistsException;
import dev.trent.protocol.wire.CreateAliasRequest;
import dev.trent.protocol.wire.NoContent;
import dev.trent.store.StoreConflictException;
import dev.trent.store.StoredAlias;
import dev.trent.store.StoredKey;

/** CreateAlias: a new name for a key; names are unique per account and region, by the store. */
public final class CreateAlias implements Operation<CreateAliasRequest, NoContent> {
  private final Services services;

  public CreateAlias(Services services) {
    this.services = services;
  }

  @Override
  public Class<CreateAliasRequest> requestType() {
    return CreateAliasRequest.class;
  }

  @Override
  public Scope scope() {
    return Scope.ALIAS;
  }

  @Override
  public NoContent execute(CreateAliasRequest request, RequestContext ctx) {
    AliasNames.requireCustomerName(request.aliasName());
    AliasNames.requireKeyTarget(request.targetKeyId());
    try {
      services.store().write(tx -> {
        StoredKey key = services.resolver()
            .resolve(tx, request.targetKeyId(), KeyResolver.KEY_FORMS, ctx, action());
        KeyStateRules.requireManageable(key);
        tx.insertAlias(new StoredAlias(ctx.accountId(), ctx.region(), request.aliasName(),
            key.keyId(), ctx.now(), ctx.now()));
        return null;
      });
    } catch (StoreConflictException e) {
      throw new AlreadyExistsException("An alias with the name "
          + Arns.alias(ctx.region(), ctx.accountId(), request.aliasName()) + " already exists");
    }
    return NoContent.INSTANCE;
  }
}
