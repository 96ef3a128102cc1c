package dev.trent.core.ops.crypto;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.Arns;
import dev.trent.protocol.wire.DecryptRequest;
import dev.trent.protocol.wire.DecryptResponse;

/** Decrypt: KeyId optional, since the blob names its key; wrong KeyId is IncorrectKeyException. */
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
      SymmetricCiphers.Opened opened = SymmetricCiphers.decrypt(tx, services, request.ciphertextBlob(),
          request.encryptionContext(), request.keyId(), request.encryptionAlgorithm(), ctx, name());
      try (var plaintext = opened.plaintext()) {
        DryRun.stopIfRequested(request.dryRun());
        return new DecryptResponse(
            Arns.key(opened.key().region(), opened.key().accountId(), opened.key().keyId()),
            plaintext.toByteArray(), SymmetricCiphers.ALGORITHM, opened.materialId());
      }
    });
  }
}
