package dev.trent.core.ops.crypto;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.protocol.wire.DecryptRequest;
import dev.trent.protocol.wire.DecryptResponse;

/**
 * Decrypt. For a symmetric ciphertext KeyId is optional, since the blob names its key, and a
 * different KeyId is IncorrectKeyException. An RSA or SM2 ciphertext names no key: KeyId and the
 * EncryptionAlgorithm are required, and a wrong key fails like any damage, InvalidCiphertextException.
 */
public final class Decrypt implements Operation<DecryptRequest, DecryptResponse> {
  private final Services services;

  public Decrypt(Services services) {
    this.services = services;
  }

  @Override
  public Class<DecryptRequest> requestType() {
    return DecryptRequest.class;
  }

  @Override
  public DecryptResponse execute(DecryptRequest request, RequestContext ctx) {
    DryRun.refuseRecipient(request.recipient());
    return services.store().read(tx -> {
      Opened opened = EncryptionKeys.open(tx, services, request.ciphertextBlob(),
          request.encryptionContext(), request.keyId(), request.encryptionAlgorithm(), ctx, name());
      try (var plaintext = opened.plaintext()) {
        DryRun.stopIfRequested(request.dryRun());
        return new DecryptResponse(
            opened.keyArn(), plaintext.toByteArray(), opened.algorithm(), opened.materialId());
      }
    });
  }
}
