package dev.trent.core.ops.crypto;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.Arns;
import dev.trent.crypto.SecretBytes;
import dev.trent.protocol.wire.GenerateDataKeyWithoutPlaintextRequest;
import dev.trent.protocol.wire.GenerateDataKeyWithoutPlaintextResponse;
import dev.trent.store.StoredKey;

/** GenerateDataKeyWithoutPlaintext: only the encrypted copy of a fresh data key leaves Trent. */
public final class GenerateDataKeyWithoutPlaintext
    implements Operation<GenerateDataKeyWithoutPlaintextRequest, GenerateDataKeyWithoutPlaintextResponse> {
  private final Services services;

  public GenerateDataKeyWithoutPlaintext(Services services) {
    this.services = services;
  }

  @Override
  public Class<GenerateDataKeyWithoutPlaintextRequest> requestType() {
    return GenerateDataKeyWithoutPlaintextRequest.class;
  }

  @Override
  public GenerateDataKeyWithoutPlaintextResponse execute(
      GenerateDataKeyWithoutPlaintextRequest request, RequestContext ctx) {
    int length = DataKeyLength.of(request.keySpec(), request.numberOfBytes());
    return services.store().read(tx -> {
      StoredKey key = SymmetricCiphers.dataKeyEncryptionKey(tx, services, request.keyId(), ctx, name());
      DryRun.stopIfRequested(request.dryRun());
      try (SecretBytes dataKey = services.randomness().secret(length)) {
        byte[] blob = SymmetricCiphers.encrypt(tx, services, key, dataKey, request.encryptionContext());
        return new GenerateDataKeyWithoutPlaintextResponse(
            blob, Arns.key(key.region(), key.accountId(), key.keyId()), key.currentMaterialId());
      }
    });
  }
}
