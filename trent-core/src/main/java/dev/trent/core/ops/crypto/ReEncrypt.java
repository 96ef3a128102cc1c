package dev.trent.core.ops.crypto;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.protocol.wire.ReEncryptRequest;
import dev.trent.protocol.wire.ReEncryptResponse;

/**
 * ReEncrypt: decrypt under the source key and encrypt under the destination, server-side only.
 * Either side may be symmetric or asymmetric, with Decrypt's and Encrypt's rules for each (an
 * asymmetric source needs SourceKeyId; an asymmetric destination its algorithm and size limit).
 */
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
      Opened source = EncryptionKeys.open(tx, services, request.ciphertextBlob(),
          request.sourceEncryptionContext(), request.sourceKeyId(), request.sourceEncryptionAlgorithm(),
          ctx, name());
      try (var plaintext = source.plaintext()) {
        EncryptingKey destination = EncryptionKeys.forEncryption(tx, services, request.destinationKeyId(),
            request.destinationEncryptionAlgorithm(), request.destinationEncryptionContext(),
            plaintext.length(), ctx, name());
        DryRun.stopIfRequested(request.dryRun());
        byte[] blob = destination.encrypt(tx, services, plaintext, request.destinationEncryptionContext());
        return new ReEncryptResponse(blob, source.keyArn(), destination.keyArn(),
            source.algorithm(), destination.algorithm(), source.materialId(), destination.materialId());
      }
    });
  }
}
