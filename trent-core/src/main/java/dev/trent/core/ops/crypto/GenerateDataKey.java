package dev.trent.core.ops.crypto;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.Arns;
import dev.trent.crypto.SecretBytes;
import dev.trent.protocol.wire.GenerateDataKeyRequest;
import dev.trent.protocol.wire.GenerateDataKeyResponse;
import dev.trent.store.StoredKey;

/** GenerateDataKey: a fresh random data key, in plaintext and encrypted under the KMS key. */
public final class GenerateDataKey implements Operation<GenerateDataKeyRequest, GenerateDataKeyResponse> {
  private final Services services;

  public GenerateDataKey(Services services) {
    this.services = services;
  }

  @Override
  public Class<GenerateDataKeyRequest> requestType() {
    return GenerateDataKeyRequest.class;
  }

  @Override
  public GenerateDataKeyResponse execute(GenerateDataKeyRequest request, RequestContext ctx) {
    int length = DataKeyLength.of(request.keySpec(), request.numberOfBytes());
    DryRun.refuseRecipient(request.recipient());
    return services.store().read(tx -> {
      StoredKey key = SymmetricCiphers.dataKeyEncryptionKey(tx, services, request.keyId(), ctx, name());
      DryRun.stopIfRequested(request.dryRun());
      try (SecretBytes dataKey = services.randomness().secret(length)) {
        byte[] blob = SymmetricCiphers.encrypt(tx, services, key, dataKey, request.encryptionContext());
        return new GenerateDataKeyResponse(blob, dataKey.toByteArray(),
            Arns.key(key.region(), key.accountId(), key.keyId()), key.currentMaterialId());
      }
    });
  }
}
