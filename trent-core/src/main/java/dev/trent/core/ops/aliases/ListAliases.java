package dev.trent.core.ops.aliases;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.Arns;
import dev.trent.core.key.KeyResolver;
import dev.trent.protocol.error.InvalidMarkerException;
import dev.trent.protocol.validate.ValidationErrors;
import dev.trent.protocol.wire.AliasListEntry;
import dev.trent.protocol.wire.ListAliasesRequest;
import dev.trent.protocol.wire.ListAliasesResponse;
import dev.trent.store.StoredAlias;
import java.util.List;

/** ListAliases: an account's or one key's aliases in the region, 1 to 100 a page (default 50). */
public final class ListAliases implements Operation<ListAliasesRequest, ListAliasesResponse> {
  private static final int DEFAULT_LIMIT = 50;
  /** API reference, ListAliases Limit: "must be between 1 and 100", tighter than the model's 1000. */
  private static final int MAX_LIMIT = 100;

  private final Services services;

  public ListAliases(Services services) {
    this.services = services;
  }

  @Override
  public Class<ListAliasesRequest> requestType() {
    return ListAliasesRequest.class;
  }

  @Override
  public Scope scope() {
    return Scope.ACCOUNT;
  }

  @Override
  public ListAliasesResponse execute(ListAliasesRequest request, RequestContext ctx) {
    int limit = request.limit() == null ? DEFAULT_LIMIT : request.limit();
    ValidationErrors.requireInRange("limit", limit, 1, MAX_LIMIT);
    if (request.marker() != null && !request.marker().startsWith(AliasNames.PREFIX)) {
      throw new InvalidMarkerException("Invalid marker");
    }
    List<StoredAlias> page = services.store().read(tx -> {
      String keyId = request.keyId() == null ? null
          : services.resolver().locate(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action()).keyId();
      return tx.aliases(ctx.accountId(), ctx.region(), keyId, request.marker(), limit + 1);
    });
    boolean truncated = page.size() > limit;
    List<AliasListEntry> entries = page.stream().limit(limit)
        .map(a -> new AliasListEntry(a.aliasName(), Arns.alias(a.region(), a.accountId(), a.aliasName()),
            a.targetKeyId(), a.creationDate(), a.lastUpdatedDate()))
        .toList();
    return new ListAliasesResponse(entries,
        truncated ? entries.get(entries.size() - 1).aliasName() : null, truncated);
  }
}
