package dev.trent.core.ops.derived;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.ops.crypto.DryRun;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.kem.Encapsulation;
import dev.trent.protocol.wire.EncapsulateRequest;
import dev.trent.protocol.wire.EncapsulateResponse;
import dev.trent.store.StoredKey;

/**
 * Encapsulate: a fresh 32-byte shared secret and its ML-KEM ciphertext under the KMS key's
 * public key (FIPS 203 ML-KEM.Encaps). Anyone holding the public key could do the same; the
 * ciphertext opens only with Decapsulate on the same key.
 */
public final class Encapsulate implements Operation<EncapsulateRequest, EncapsulateResponse> {
  private final Services services;

  public Encapsulate(Services services) {
    this.services = services;
  }

  @Override
  public Class<EncapsulateRequest> requestType() {
    return EncapsulateRequest.class;
  }

  @Override
  public EncapsulateResponse execute(EncapsulateRequest request, RequestContext ctx) {
    return services.store().read(tx -> {
      StoredKey key =
          KemKey.of(tx, services, request.keyId(), request.encapsulationAlgorithm(), ctx, name());
      DryRun.stopIfRequested(request.dryRun());
      Encapsulation encapsulation = KeyUse.primitives(tx, services, key).encapsulator().encapsulate();
      try (SecretBytes secret = encapsulation.sharedSecret()) {
        return new EncapsulateResponse(KeyUse.arn(key), secret.toByteArray(),
            encapsulation.ciphertext(), request.encapsulationAlgorithm());
      }
    });
  }
}
