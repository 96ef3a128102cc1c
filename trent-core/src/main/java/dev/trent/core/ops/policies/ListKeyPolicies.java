package dev.trent.core.ops.policies;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyResolver;
import dev.trent.protocol.error.InvalidMarkerException;
import dev.trent.protocol.validate.ValidationErrors;
import dev.trent.protocol.wire.ListKeyPoliciesRequest;
import dev.trent.protocol.wire.ListKeyPoliciesResponse;
import java.util.List;

/** ListKeyPolicies: every key has exactly one policy, {@code default}. */
public final class ListKeyPolicies implements Operation<ListKeyPoliciesRequest, ListKeyPoliciesResponse> {
  private final Services services;

  public ListKeyPolicies(Services services) {
    this.services = services;
  }

  @Override
  public Class<ListKeyPoliciesRequest> requestType() {
    return ListKeyPoliciesRequest.class;
  }

  @Override
  public ListKeyPoliciesResponse execute(ListKeyPoliciesRequest request, RequestContext ctx) {
    if (request.limit() != null) {
      // API reference, ListKeyPolicies Limit: between 1 and 1000.
      ValidationErrors.requireInRange("limit", request.limit(), 1, 1000);
    }
    services.store().read(tx ->
        services.resolver().resolve(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action()));
    if (request.marker() != null) {
      // Nothing follows the only page: no marker was ever handed out.
      throw new InvalidMarkerException("Invalid marker");
    }
    return new ListKeyPoliciesResponse(List.of(PolicyNames.DEFAULT), null, false);
  }
}
