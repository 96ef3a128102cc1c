package dev.trent.core.ops.keys;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyMetadataView;
import dev.trent.core.key.KeyResolver;
import dev.trent.protocol.wire.DescribeKeyRequest;
import dev.trent.protocol.wire.DescribeKeyResponse;
import java.util.Optional;

/** DescribeKey: the complete KeyMetadata, in any key state, by any identifier form. */
public final class DescribeKey implements Operation<DescribeKeyRequest, DescribeKeyResponse> {
  private final Services services;

  public DescribeKey(Services services) {
    this.services = services;
  }

  @Override
  public Class<DescribeKeyRequest> requestType() {
    return DescribeKeyRequest.class;
  }

  @Override
  public DescribeKeyResponse execute(DescribeKeyRequest request, RequestContext ctx) {
    return services.store().read(tx -> {
      var key = services.resolver().resolve(tx, request.keyId(), KeyResolver.ANY_FORM, ctx, action());
      // Only imported material has an expiration to show; other keys need no second read, so a
      // cached key is described from memory.
      boolean external = "EXTERNAL".equals(key.origin());
      return new DescribeKeyResponse(KeyMetadataView.of(key,
          external ? tx.importedMaterial(key.keyId()) : Optional.empty()));
    });
  }
}
