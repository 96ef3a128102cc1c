package dev.trent.core.ops.crypto;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.Arns;
import dev.trent.crypto.SecretBytes;
import dev.trent.protocol.wire.EncryptRequest;
import dev.trent.protocol.wire.EncryptResponse;
import dev.trent.store.StoredKey;

/** Encrypt: up to 4096 bytes under a symmetric key, bound to the encryption context. */
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
      StoredKey key = SymmetricCiphers.encryptionKey(
          tx, services, request.keyId(), request.encryptionAlgorithm(), ctx, name());
      DryRun.stopIfRequested(request.dryRun());
      try (SecretBytes plaintext = SecretBytes.adopt(request.plaintext())) {
        byte[] blob = SymmetricCiphers.encrypt(tx, services, key, plaintext, request.encryptionContext());
        return new EncryptResponse(
            blob, Arns.key(key.region(), key.accountId(), key.keyId()), SymmetricCiphers.ALGORITHM);
      }
    });
  }
}
