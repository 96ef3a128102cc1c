package dev.trent.core.ops.policies;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyResolver;
import dev.trent.protocol.wire.GetKeyPolicyRequest;
import dev.trent.protocol.wire.GetKeyPolicyResponse;

/** GetKeyPolicy: the key's policy document as stored. Key id or key ARN; no cross-account use. */
public final class GetKeyPolicy implements Operation<GetKeyPolicyRequest, GetKeyPolicyResponse> {
  private final Services services;

  public GetKeyPolicy(Services services) {
    this.services = services;
  }

  @Override
  public Class<GetKeyPolicyRequest> requestType() {
    return GetKeyPolicyRequest.class;
  }

  @Override
  public GetKeyPolicyResponse execute(GetKeyPolicyRequest request, RequestContext ctx) {
    return services.store().read(tx -> {
      var key = services.resolver().resolve(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action());
      String name = PolicyNames.require(request.policyName());
      return new GetKeyPolicyResponse(key.policy(), name);
    });
  }
}
