package dev.trent.core.ops.asymmetric;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.ops.crypto.DryRun;
import dev.trent.protocol.error.KMSInternalException;
import dev.trent.protocol.wire.SignRequest;
import dev.trent.protocol.wire.SignResponse;
import java.security.GeneralSecurityException;

/**
 * Sign: a signature by the private key of a SIGN_VERIFY key, encoded exactly as AWS returns it
 * (DER for ECDSA and SM2DSA, the raw signature for RSA, Ed25519 and ML-DSA).
 */
public final class Sign implements Operation<SignRequest, SignResponse> {
  private final Services services;

  public Sign(Services services) {
    this.services = services;
  }

  @Override
  public Class<SignRequest> requestType() {
    return SignRequest.class;
  }

  @Override
  public SignResponse execute(SignRequest request, RequestContext ctx) {
    SigningKey key = services.store().read(tx -> SigningKey.check(tx, services, request.keyId(),
        request.signingAlgorithm(), request.messageType(), request.message(), ctx, name()));
    DryRun.stopIfRequested(request.dryRun());
    // Signing needs no storage, so it runs after the read transaction has ended.
    byte[] signature;
    try {
      signature = key.material().signer(key.algorithm()).sign(request.message(), key.messageType());
    } catch (GeneralSecurityException e) {
      // The input passed every check above: a provider failure is ours, not the caller's.
      throw new KMSInternalException("Signing with " + key.algorithm() + " failed.");
    }
    return new SignResponse(key.keyArn(), signature, key.algorithm().name());
  }
}
