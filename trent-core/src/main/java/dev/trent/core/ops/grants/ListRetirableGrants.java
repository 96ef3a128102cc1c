package dev.trent.core.ops.grants;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.protocol.error.ValidationException;
import dev.trent.protocol.wire.GrantListEntry;
import dev.trent.protocol.wire.ListGrantsResponse;
import dev.trent.protocol.wire.ListRetirableGrantsRequest;
import dev.trent.store.StoredGrant;
import dev.trent.store.StoredKey;
import java.util.ArrayList;
import java.util.List;

/**
 * ListRetirableGrants: the grants on keys of the caller's account and region whose retiring
 * principal is the one named, in grant-id order. Authorized by identity policies on the account.
 */
public final class ListRetirableGrants implements Operation<ListRetirableGrantsRequest, ListGrantsResponse> {
  private final Services services;

  public ListRetirableGrants(Services services) {
    this.services = services;
  }

  @Override
  public Class<ListRetirableGrantsRequest> requestType() {
    return ListRetirableGrantsRequest.class;
  }

  @Override
  public Scope scope() {
    return Scope.ACCOUNT;
  }

  @Override
  public ListGrantsResponse execute(ListRetirableGrantsRequest request, RequestContext ctx) {
    int limit = GrantEntries.limit(request.limit());
    String marker = GrantEntries.marker(request.marker());
    String retiring = request.retiringPrincipal() != null
        ? request.retiringPrincipal() : request.retiringServicePrincipal();
    if (retiring == null) {
      throw new ValidationException("Either RetiringPrincipal or RetiringServicePrincipal is required.");
    }
    return services.store().read(tx -> {
      List<StoredGrant> page = tx.retirableGrants(ctx.accountId(), ctx.region(), retiring, marker, limit + 1);
      boolean truncated = page.size() > limit;
      List<GrantListEntry> entries = new ArrayList<>();
      for (StoredGrant g : page.subList(0, Math.min(limit, page.size()))) {
        StoredKey key = tx.key(g.keyId()).orElseThrow();
        entries.add(GrantEntries.of(g, key));
      }
      return new ListGrantsResponse(entries,
          truncated ? entries.get(entries.size() - 1).grantId() : null, truncated);
    });
  }
}
