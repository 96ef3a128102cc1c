package dev.trent.core.ops.asymmetric;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.ops.crypto.DryRun;
import dev.trent.protocol.error.KMSInvalidSignatureException;
import dev.trent.protocol.wire.VerifyRequest;
import dev.trent.protocol.wire.VerifyResponse;

/**
 * Verify: checks a signature with the public key of a SIGN_VERIFY key. As in AWS, a signature
 * that does not verify (wrong message, key, algorithm, or not a signature at all) is {@code
 * KMSInvalidSignatureException} with no message; success is {@code SignatureValid: true}.
 */
public final class Verify implements Operation<VerifyRequest, VerifyResponse> {
  private final Services services;

  public Verify(Services services) {
    this.services = services;
  }

  @Override
  public Class<VerifyRequest> requestType() {
    return VerifyRequest.class;
  }

  @Override
  public VerifyResponse execute(VerifyRequest request, RequestContext ctx) {
    SigningKey key = services.store().read(tx -> SigningKey.check(tx, services, request.keyId(),
        request.signingAlgorithm(), request.messageType(), request.message(), ctx, name()));
    boolean valid = key.material().verifier(key.algorithm())
        .verify(request.message(), key.messageType(), request.signature());
    // A dry run answers what the real request would have answered, so it verifies first.
    if (!valid) {
      throw new KMSInvalidSignatureException(null);
    }
    DryRun.stopIfRequested(request.dryRun());
    return new VerifyResponse(key.keyArn(), true, key.algorithm().name());
  }
}
