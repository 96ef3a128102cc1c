package dev.trent.core.ops.policies;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.Arns;
import dev.trent.core.key.KeyResolver;
import dev.trent.protocol.wire.NoContent;
import dev.trent.protocol.wire.PutKeyPolicyRequest;
import dev.trent.store.StoredKey;

/**
 * PutKeyPolicy: replaces the key's policy after {@link KeyPolicyDocument}'s checks (size, language,
 * lockout safety unless bypassed). The key's version changes, so cached parsed policies of the old
 * text are never used again. Key id or key ARN; no cross-account use.
 */
public final class PutKeyPolicy implements Operation<PutKeyPolicyRequest, NoContent> {
  private final Services services;

  public PutKeyPolicy(Services services) {
    this.services = services;
  }

  @Override
  public Class<PutKeyPolicyRequest> requestType() {
    return PutKeyPolicyRequest.class;
  }

  @Override
  public NoContent execute(PutKeyPolicyRequest request, RequestContext ctx) {
    services.store().write(tx -> {
      StoredKey key = services.resolver().resolve(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action());
      PolicyNames.require(request.policyName());
      String policy = KeyPolicyDocument.check(request.policy(),
          Arns.key(key.region(), key.accountId(), key.keyId()),
          Boolean.TRUE.equals(request.bypassPolicyLockoutSafetyCheck()), ctx.authorization());
      tx.updateKey(key.withPolicy(policy));
      return null;
    });
    return NoContent.INSTANCE;
  }
}
