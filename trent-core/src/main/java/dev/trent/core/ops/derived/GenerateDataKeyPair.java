package dev.trent.core.ops.derived;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.ops.crypto.DryRun;
import dev.trent.protocol.wire.GenerateDataKeyPairRequest;
import dev.trent.protocol.wire.GenerateDataKeyPairResponse;

/**
 * GenerateDataKeyPair: a fresh asymmetric key pair for use outside Trent: the PKCS#8 private key
 * in plaintext and encrypted under a symmetric KMS key, and the DER public key.
 */
public final class GenerateDataKeyPair
    implements Operation<GenerateDataKeyPairRequest, GenerateDataKeyPairResponse> {
  private final DataKeyPairs pairs;

  public GenerateDataKeyPair(Services services) {
    this.pairs = new DataKeyPairs(services);
  }

  @Override
  public Class<GenerateDataKeyPairRequest> requestType() {
    return GenerateDataKeyPairRequest.class;
  }

  @Override
  public GenerateDataKeyPairResponse execute(GenerateDataKeyPairRequest request, RequestContext ctx) {
    DryRun.refuseRecipient(request.recipient());
    DataKeyPairs.DataKeyPair generated = pairs.generate(request.keyId(), request.keyPairSpec(),
        request.encryptionContext(), request.dryRun(), ctx, name());
    try {
      return new GenerateDataKeyPairResponse(generated.privateKeyCiphertext(),
          generated.pair().privateKey().toByteArray(), generated.pair().publicKey(),
          KeyUse.arn(generated.key()), request.keyPairSpec(), generated.materialId());
    } finally {
      generated.pair().wipe();
    }
  }
}
