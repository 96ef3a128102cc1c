package dev.trent.core.ops.crypto;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.crypto.SecretBytes;
import dev.trent.protocol.wire.EncryptRequest;
import dev.trent.protocol.wire.EncryptResponse;

/**
 * Encrypt: up to 4096 bytes under a symmetric key, bound to the encryption context; or, with the
 * EncryptionAlgorithm the key offers, under an RSA or SM2 key within its algorithm's size limit.
 */
public final class Encrypt implements Operation<EncryptRequest, EncryptResponse> {
  private final Services services;

  public Encrypt(Services services) {
    this.services = services;
  }

  @Override
  public Class<EncryptRequest> requestType() {
    return EncryptRequest.class;
  }

  @Override
  public EncryptResponse execute(EncryptRequest request, RequestContext ctx) {
    return services.store().read(tx -> {
      EncryptingKey key = EncryptionKeys.forEncryption(tx, services, request.keyId(),
          request.encryptionAlgorithm(), request.encryptionContext(), request.plaintext().length, ctx, name());
      DryRun.stopIfRequested(request.dryRun());
      try (SecretBytes plaintext = SecretBytes.adopt(request.plaintext())) {
        byte[] blob = key.encrypt(tx, services, plaintext, request.encryptionContext());
        return new EncryptResponse(blob, key.keyArn(), key.algorithm());
      }
    });
  }
}
