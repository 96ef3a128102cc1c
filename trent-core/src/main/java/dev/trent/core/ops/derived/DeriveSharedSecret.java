package dev.trent.core.ops.derived;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeySpecRules;
import dev.trent.core.key.KeyStateRules;
import dev.trent.core.ops.crypto.DryRun;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.agreement.KeyAgreement;
import dev.trent.protocol.error.ValidationException;
import dev.trent.protocol.wire.DeriveSharedSecretRequest;
import dev.trent.protocol.wire.DeriveSharedSecretResponse;
import dev.trent.store.StoredKey;
import java.security.GeneralSecurityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DeriveSharedSecret: raw ECDH between the KMS key's private key and a peer's public key. The
 * result is the x-coordinate of the shared point, as long as the field, which is what the peer
 * computes with its private key and the KMS key's public key (GetPublicKey).
 *
 * <p>A peer key that is not a strict DER SubjectPublicKeyInfo of the key's own curve, or whose
 * point is not on it, is AWS's ValidationException with no message (recorded against AWS: the
 * localstack test suite's {@code test_derive_shared_secret}, "response-invalid-public-key").
 */
public final class DeriveSharedSecret
    implements Operation<DeriveSharedSecretRequest, DeriveSharedSecretResponse> {
  private static final Logger LOG = LoggerFactory.getLogger(DeriveSharedSecret.class);

  private final Services services;

  public DeriveSharedSecret(Services services) {
    this.services = services;
  }

  @Override
  public Class<DeriveSharedSecretRequest> requestType() {
    return DeriveSharedSecretRequest.class;
  }

  @Override
  public DeriveSharedSecretResponse execute(DeriveSharedSecretRequest request, RequestContext ctx) {
    DryRun.refuseRecipient(request.recipient());
    return services.store().read(tx -> {
      StoredKey key =
          KeyUse.withUsage(tx, services, request.keyId(), KeySpecRules.KEY_AGREEMENT, ctx, name());
      KeyUse.requireAlgorithm(key, KeySpecRules.keyAgreementAlgorithms(key.keySpec(), key.keyUsage()),
          request.keyAgreementAlgorithm());
      KeyStateRules.requireUsable(key);
      KeyAgreement agreement = KeyUse.primitives(tx, services, key).keyAgreement();
      try (SecretBytes secret = derive(agreement, request.publicKey())) {
        DryRun.stopIfRequested(request.dryRun());
        return new DeriveSharedSecretResponse(KeyUse.arn(key), secret.toByteArray(),
            request.keyAgreementAlgorithm(), key.origin());
      }
    });
  }

  private static SecretBytes derive(KeyAgreement agreement, byte[] peerPublicKey) {
    try {
      return agreement.deriveSharedSecret(peerPublicKey);
    } catch (GeneralSecurityException e) {
      LOG.debug("DeriveSharedSecret refused the peer public key: {}", e.getMessage());
      throw new ValidationException(null);
    }
  }
}
