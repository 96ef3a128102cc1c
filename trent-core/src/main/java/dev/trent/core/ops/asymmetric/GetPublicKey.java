package dev.trent.core.ops.asymmetric;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.Arns;
import dev.trent.core.key.KeyMetadataView;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.KeySpecRules;
import dev.trent.core.key.KeyStateRules;
import dev.trent.core.key.MaterialPrimitives;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.protocol.error.KMSInternalException;
import dev.trent.protocol.error.UnsupportedOperationException;
import dev.trent.protocol.wire.GetPublicKeyRequest;
import dev.trent.protocol.wire.GetPublicKeyResponse;
import dev.trent.protocol.wire.KeyMetadata;
import dev.trent.store.StoredKey;

/**
 * GetPublicKey: the DER SubjectPublicKeyInfo of an asymmetric key, with its spec, usage and the
 * one algorithm list of that usage, the same lists DescribeKey shows. A symmetric or HMAC key has
 * no public key: UnsupportedOperationException. The key must be usable, as for the cryptographic
 * operations (Developer Guide, key states).
 */
public final class GetPublicKey implements Operation<GetPublicKeyRequest, GetPublicKeyResponse> {
  private final Services services;

  public GetPublicKey(Services services) {
    this.services = services;
  }

  @Override
  public Class<GetPublicKeyRequest> requestType() {
    return GetPublicKeyRequest.class;
  }

  @Override
  public GetPublicKeyResponse execute(GetPublicKeyRequest request, RequestContext ctx) {
    return services.store().read(tx -> {
      StoredKey key = services.resolver().resolve(tx, request.keyId(), KeyResolver.ANY_FORM, ctx, action());
      String arn = Arns.key(key.region(), key.accountId(), key.keyId());
      if (!hasPublicKey(key.keySpec())) {
        throw new UnsupportedOperationException(
            arn + " key spec is " + key.keySpec() + " which is not valid for " + name() + ".");
      }
      KeyStateRules.requireUsable(key);
      MaterialPrimitives material = services.vault().primitives(tx, key, key.currentMaterialId())
          .orElseThrow(() -> new KMSInternalException("Key " + key.keyId() + " has no current material."));
      KeyMetadata m = KeyMetadataView.of(key);
      return new GetPublicKeyResponse(arn, material.publicKey(), m.customerMasterKeySpec(),
          m.keySpec(), m.keyUsage(), m.encryptionAlgorithms(), m.signingAlgorithms(),
          m.keyAgreementAlgorithms(), m.encapsulationAlgorithms());
    });
  }

  private static boolean hasPublicKey(String spec) {
    return !KeySpecRules.SYMMETRIC_DEFAULT.equals(spec) && KeySpec.valueOf(spec).isAsymmetric();
  }
}
