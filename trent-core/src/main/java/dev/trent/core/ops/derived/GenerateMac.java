package dev.trent.core.ops.derived;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.ops.crypto.DryRun;
import dev.trent.protocol.wire.GenerateMacRequest;
import dev.trent.protocol.wire.GenerateMacResponse;

/** GenerateMac: the full-length HMAC (RFC 2104) of a message under an HMAC KMS key. */
public final class GenerateMac implements Operation<GenerateMacRequest, GenerateMacResponse> {
  private final Services services;

  public GenerateMac(Services services) {
    this.services = services;
  }

  @Override
  public Class<GenerateMacRequest> requestType() {
    return GenerateMacRequest.class;
  }

  @Override
  public GenerateMacResponse execute(GenerateMacRequest request, RequestContext ctx) {
    return services.store().read(tx -> {
      MacKey key = MacKey.of(tx, services, request.keyId(), request.macAlgorithm(), ctx, name());
      DryRun.stopIfRequested(request.dryRun());
      return new GenerateMacResponse(
          key.mac().compute(request.message()), request.macAlgorithm(), key.arn());
    });
  }
}
