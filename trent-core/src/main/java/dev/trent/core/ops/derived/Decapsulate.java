package dev.trent.core.ops.derived;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.ops.crypto.DryRun;
import dev.trent.crypto.SecretBytes;
import dev.trent.protocol.error.InvalidCiphertextException;
import dev.trent.protocol.wire.DecapsulateRequest;
import dev.trent.protocol.wire.DecapsulateResponse;
import dev.trent.store.StoredKey;
import java.security.GeneralSecurityException;

/**
 * Decapsulate: the shared secret of an ML-KEM ciphertext (FIPS 203 ML-KEM.Decaps). As AWS
 * documents, only a ciphertext of the wrong length for the key spec is InvalidCiphertextException
 * (with no message); any other altered or foreign ciphertext yields a pseudo-random secret
 * (implicit rejection), so callers must confirm both parties hold the same secret.
 */
public final class Decapsulate implements Operation<DecapsulateRequest, DecapsulateResponse> {
  private final Services services;

  public Decapsulate(Services services) {
    this.services = services;
  }

  @Override
  public Class<DecapsulateRequest> requestType() {
    return DecapsulateRequest.class;
  }

  @Override
  public DecapsulateResponse execute(DecapsulateRequest request, RequestContext ctx) {
    return services.store().read(tx -> {
      StoredKey key =
          KemKey.of(tx, services, request.keyId(), request.encapsulationAlgorithm(), ctx, name());
      SecretBytes secret;
      try {
        secret = KeyUse.primitives(tx, services, key).decapsulator()
            .decapsulate(request.sharedSecretCiphertextBlob());
      } catch (GeneralSecurityException e) {
        throw new InvalidCiphertextException(null);
      }
      try (secret) {
        // After decapsulating: a dry run with a ciphertext of the wrong length fails as the real one.
        DryRun.stopIfRequested(request.dryRun());
        return new DecapsulateResponse(
            KeyUse.arn(key), secret.toByteArray(), request.encapsulationAlgorithm());
      }
    });
  }
}
