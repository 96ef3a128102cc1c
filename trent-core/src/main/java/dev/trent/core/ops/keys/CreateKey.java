package dev.trent.core.ops.keys;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.Arns;
import dev.trent.core.key.KeyMetadataView;
import dev.trent.core.key.KeyState;
import dev.trent.core.ops.policies.DefaultKeyPolicy;
import dev.trent.core.ops.policies.KeyPolicyDocument;
import dev.trent.core.ops.tags.TagRules;
import dev.trent.protocol.wire.CreateKeyRequest;
import dev.trent.protocol.wire.CreateKeyResponse;
import dev.trent.store.StoredKey;
import dev.trent.store.StoredRotation;
import java.nio.ByteBuffer;
import java.util.UUID;

/** CreateKey: a new KMS key with its first key material, tags and key policy, in one commit. */
public final class CreateKey implements Operation<CreateKeyRequest, CreateKeyResponse> {
  private final Services services;

  public CreateKey(Services services) {
    this.services = services;
  }

  @Override
  public Class<CreateKeyRequest> requestType() {
    return CreateKeyRequest.class;
  }

  @Override
  public Scope scope() {
    return Scope.ACCOUNT;
  }

  @Override
  public CreateKeyResponse execute(CreateKeyRequest request, RequestContext ctx) {
    KeySpecChoice choice = KeySpecChoice.of(request, ctx.region(), services.sm2Regions());
    if (request.tags() != null && !request.tags().isEmpty()) {
      // Developer Guide, "Tagging keys": tags on CreateKey also need kms:TagResource.
      ctx.authorization().requireOnAccount("kms:TagResource", "*");
    }
    String keyId = newKeyId();
    String policy = request.policy() == null
        ? DefaultKeyPolicy.forAccount(ctx.accountId())
        : KeyPolicyDocument.check(request.policy(), Arns.key(ctx.region(), ctx.accountId(), keyId),
            Boolean.TRUE.equals(request.bypassPolicyLockoutSafetyCheck()), ctx.authorization());
    // An EXTERNAL key starts without material, PendingImport, until ImportKeyMaterial.
    boolean external = "EXTERNAL".equals(choice.origin());
    String materialId = external ? null : services.vault().newMaterialId();
    StoredKey key = new StoredKey(keyId, ctx.accountId(), ctx.region(),
        request.description() == null ? "" : request.description(), choice.keySpec(),
        choice.keyUsage(), choice.origin(),
        (external ? KeyState.PENDING_IMPORT : KeyState.ENABLED).wireName(), ctx.now(), null, null,
        policy, materialId, 0);
    var material = external ? null : services.vault().newMaterial(key, materialId, ctx.now());
    services.store().write(tx -> {
      tx.insertKey(key);
      if (material != null) {
        tx.insertMaterial(material);
        tx.insertRotation(new StoredRotation(keyId, 0, materialId, ctx.now(), null));
      }
      TagRules.apply(tx, keyId, request.tags());
      return null;
    });
    return new CreateKeyResponse(KeyMetadataView.of(key));
  }

  private String newKeyId() {
    ByteBuffer random = ByteBuffer.wrap(services.randomness().bytes(16));
    long high = (random.getLong() & ~0xF000L) | 0x4000L;
    long low = (random.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}
