package dev.trent.core.ops.grants;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyResolver;
import dev.trent.protocol.wire.GrantListEntry;
import dev.trent.protocol.wire.ListGrantsRequest;
import dev.trent.protocol.wire.ListGrantsResponse;
import dev.trent.store.StoredGrant;
import dev.trent.store.StoredKey;
import java.util.ArrayList;
import java.util.List;

/**
 * ListGrants: a key's grants in grant-id order, optionally only the one with GrantId or those of
 * one GranteePrincipal, 1 to 100 a page (default 50). Cross-account use with the key ARN.
 */
public final class ListGrants implements Operation<ListGrantsRequest, ListGrantsResponse> {
  private static final int SCAN_PAGE = 500;
  private final Services services;

  public ListGrants(Services services) {
    this.services = services;
  }

  @Override
  public Class<ListGrantsRequest> requestType() {
    return ListGrantsRequest.class;
  }

  @Override
  public ListGrantsResponse execute(ListGrantsRequest request, RequestContext ctx) {
    int limit = GrantEntries.limit(request.limit());
    String marker = GrantEntries.marker(request.marker());
    if (request.grantId() != null) {
      GrantRules.requireGrantIdShape(request.grantId());
    }
    String grantee = request.granteePrincipal() != null
        ? request.granteePrincipal() : request.granteeServicePrincipal();
    return services.store().read(tx -> {
      StoredKey key = services.resolver().resolve(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action());
      List<StoredGrant> matches = new ArrayList<>();
      String after = marker;
      // Filters are applied while scanning, so a page holds up to `limit` matching grants.
      while (matches.size() <= limit) {
        List<StoredGrant> page = tx.grants(key.keyId(), after, SCAN_PAGE);
        for (StoredGrant g : page) {
          if ((request.grantId() == null || g.grantId().equals(request.grantId()))
              && (grantee == null || g.granteePrincipal().equals(grantee))) {
            matches.add(g);
          }
        }
        if (page.size() < SCAN_PAGE) {
          break;
        }
        after = page.get(page.size() - 1).grantId();
      }
      boolean truncated = matches.size() > limit;
      List<GrantListEntry> entries = matches.stream().limit(limit).map(g -> GrantEntries.of(g, key)).toList();
      return new ListGrantsResponse(entries,
          truncated ? entries.get(entries.size() - 1).grantId() : null, truncated);
    });
  }
}
