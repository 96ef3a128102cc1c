package dev.trent.core.ops.crypto;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.Arns;
import dev.trent.protocol.wire.ReEncryptRequest;
import dev.trent.protocol.wire.ReEncryptResponse;
import dev.trent.store.StoredKey;

/** ReEncrypt: decrypt under the source key and encrypt under the destination, server-side only. */
public final class ReEncrypt implements Operation<ReEncryptRequest, ReEncryptResponse> {
  private final Services services;

  public ReEncrypt(Services services) {
    this.services = services;
  }

  @Override
  public Class<ReEncryptRequest> requestType() {
    return ReEncryptRequest.class;
  }

  @Override
  public ReEncryptResponse execute(ReEncryptRequest request, RequestContext ctx) {
    return services.store().read(tx -> {
      SymmetricCiphers.Opened source = SymmetricCiphers.decrypt(tx, services, request.ciphertextBlob(),
          request.sourceEncryptionContext(), request.sourceKeyId(), request.sourceEncryptionAlgorithm(),
          ctx, name());
      try (var plaintext = source.plaintext()) {
        StoredKey destination = SymmetricCiphers.encryptionKey(tx, services, request.destinationKeyId(),
            request.destinationEncryptionAlgorithm(), ctx, name());
        DryRun.stopIfRequested(request.dryRun());
        byte[] blob = SymmetricCiphers.encrypt(
            tx, services, destination, plaintext, request.destinationEncryptionContext());
        StoredKey src = source.key();
        return new ReEncryptResponse(blob,
            Arns.key(src.region(), src.accountId(), src.keyId()),
            Arns.key(destination.region(), destination.accountId(), destination.keyId()),
            SymmetricCiphers.ALGORITHM, SymmetricCiphers.ALGORITHM,
            source.materialId(), destination.currentMaterialId());
      }
    });
  }
}
