package dev.trent.core.ops.derived;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.ops.crypto.DryRun;
import dev.trent.protocol.error.KMSInvalidMacException;
import dev.trent.protocol.wire.VerifyMacRequest;
import dev.trent.protocol.wire.VerifyMacResponse;

/**
 * VerifyMac: recomputes the HMAC and compares it in constant time. A MAC that does not match
 * (altered, truncated, of another key or message) is KMSInvalidMacException with no message, as
 * AWS sends it; MacValid is therefore only ever true.
 */
public final class VerifyMac implements Operation<VerifyMacRequest, VerifyMacResponse> {
  private final Services services;

  public VerifyMac(Services services) {
    this.services = services;
  }

  @Override
  public Class<VerifyMacRequest> requestType() {
    return VerifyMacRequest.class;
  }

  @Override
  public VerifyMacResponse execute(VerifyMacRequest request, RequestContext ctx) {
    return services.store().read(tx -> {
      MacKey key = MacKey.of(tx, services, request.keyId(), request.macAlgorithm(), ctx, name());
      if (!key.mac().verify(request.message(), request.mac())) {
        throw new KMSInvalidMacException(null);
      }
      // After the comparison: a dry run with a wrong MAC fails as the real request would.
      DryRun.stopIfRequested(request.dryRun());
      return new VerifyMacResponse(key.arn(), true, request.macAlgorithm());
    });
  }
}
