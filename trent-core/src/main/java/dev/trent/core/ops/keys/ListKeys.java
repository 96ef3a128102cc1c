package dev.trent.core.ops.keys;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.Arns;
import dev.trent.core.key.KeyIdentifier;
import dev.trent.protocol.error.InvalidMarkerException;
import dev.trent.protocol.wire.KeyListEntry;
import dev.trent.protocol.wire.ListKeysRequest;
import dev.trent.protocol.wire.ListKeysResponse;
import dev.trent.store.StoredKey;
import java.util.List;

/** ListKeys: the caller's keys in the region, in pages of 1 to 1000 (100 by default). */
public final class ListKeys implements Operation<ListKeysRequest, ListKeysResponse> {
  private static final int DEFAULT_LIMIT = 100;

  private final Services services;

  public ListKeys(Services services) {
    this.services = services;
  }

  @Override
  public Class<ListKeysRequest> requestType() {
    return ListKeysRequest.class;
  }

  @Override
  public Scope scope() {
    return Scope.ACCOUNT;
  }

  @Override
  public ListKeysResponse execute(ListKeysRequest request, RequestContext ctx) {
    int limit = request.limit() == null ? DEFAULT_LIMIT : request.limit();
    String after = request.marker();
    if (after != null && !KeyIdentifier.isKeyIdShaped(after)) {
      throw new InvalidMarkerException("Invalid marker");
    }
    List<StoredKey> page = services.store().read(
        tx -> tx.keys(ctx.accountId(), ctx.region(), after, limit + 1));
    boolean truncated = page.size() > limit;
    List<KeyListEntry> entries = page.stream().limit(limit)
        .map(k -> new KeyListEntry(k.keyId(), Arns.key(k.region(), k.accountId(), k.keyId())))
        .toList();
    return new ListKeysResponse(entries,
        truncated ? entries.get(entries.size() - 1).keyId() : null, truncated);
  }
}
