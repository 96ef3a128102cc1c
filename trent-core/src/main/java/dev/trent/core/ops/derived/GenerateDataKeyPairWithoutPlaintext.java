package dev.trent.core.ops.derived;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.protocol.wire.GenerateDataKeyPairWithoutPlaintextRequest;
import dev.trent.protocol.wire.GenerateDataKeyPairWithoutPlaintextResponse;

/**
 * GenerateDataKeyPairWithoutPlaintext: as GenerateDataKeyPair, but the private key leaves Trent
 * only encrypted; Decrypt recovers it when it is needed.
 */
public final class GenerateDataKeyPairWithoutPlaintext implements
    Operation<GenerateDataKeyPairWithoutPlaintextRequest, GenerateDataKeyPairWithoutPlaintextResponse> {
  private final DataKeyPairs pairs;

  public GenerateDataKeyPairWithoutPlaintext(Services services) {
    this.pairs = new DataKeyPairs(services);
  }

  @Override
  public Class<GenerateDataKeyPairWithoutPlaintextRequest> requestType() {
    return GenerateDataKeyPairWithoutPlaintextRequest.class;
  }

  @Override
  public GenerateDataKeyPairWithoutPlaintextResponse execute(
      GenerateDataKeyPairWithoutPlaintextRequest request, RequestContext ctx) {
    DataKeyPairs.DataKeyPair generated = pairs.generate(request.keyId(), request.keyPairSpec(),
        request.encryptionContext(), request.dryRun(), ctx, name());
    generated.pair().wipe();
    // Only the public half is read after the wipe, which zeroes the private key alone.
    return new GenerateDataKeyPairWithoutPlaintextResponse(generated.privateKeyCiphertext(),
        generated.pair().publicKey(), KeyUse.arn(generated.key()), request.keyPairSpec(),
        generated.materialId());
  }
}
