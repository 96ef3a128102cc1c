package dev.trent.core.ops.grants;

import dev.trent.core.Operation;
import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.authz.GrantAuthority;
import dev.trent.core.authz.GrantConstraint;
import dev.trent.core.authz.GrantToken;
import dev.trent.core.key.Arns;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.KeyStateRules;
import dev.trent.core.ops.crypto.DryRun;
import dev.trent.protocol.error.AccessDeniedException;
import dev.trent.protocol.error.LimitExceededException;
import dev.trent.protocol.error.ValidationException;
import dev.trent.protocol.wire.CreateGrantRequest;
import dev.trent.protocol.wire.CreateGrantResponse;
import dev.trent.protocol.wire.GrantConstraints;
import dev.trent.store.StoredGrant;
import dev.trent.store.StoredKey;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * CreateGrant: lets a grantee principal perform some operations on a key, optionally only with a
 * given encryption context. With a Name, a retry with identical parameters returns the existing
 * grant's id (with a new token) instead of creating another. At most {@link
 * GrantAuthority#MAX_GRANTS_PER_KEY} grants per key (AWS's quota).
 */
public final class CreateGrant implements Operation<CreateGrantRequest, CreateGrantResponse> {
  private final Services services;

  public CreateGrant(Services services) {
    this.services = services;
  }

  @Override
  public Class<CreateGrantRequest> requestType() {
    return CreateGrantRequest.class;
  }

  @Override
  public CreateGrantResponse execute(CreateGrantRequest request, RequestContext ctx) {
    String grantee = request.granteePrincipal() != null
        ? request.granteePrincipal() : request.granteeServicePrincipal();
    if (grantee == null) {
      throw new ValidationException("Either GranteePrincipal or GranteeServicePrincipal is required.");
    }
    if (request.operations().contains(null)) {
      throw new ValidationException("Operations must not contain null.");
    }
    List<String> operations = List.copyOf(new LinkedHashSet<>(request.operations()));
    GrantConstraint constraint = constraint(request.constraints());
    String retiring = request.retiringPrincipal() != null
        ? request.retiringPrincipal() : request.retiringServicePrincipal();
    StoredGrant grant = services.store().write(tx -> {
      StoredKey key = services.resolver().resolve(tx, request.keyId(), KeyResolver.KEY_FORMS, ctx, action());
      // The key-state table treats CreateGrant like a cryptographic operation: Enabled keys only.
      KeyStateRules.requireUsable(key);
      GrantRules.requireSupported(key, operations, !constraint.isNone());
      ctx.authorization().grantUsed(action(), key.keyId()).ifPresent(parent -> {
        // A grant made through a grant stays within it: its operations, and constraints as strict.
        if (!parent.operations().containsAll(operations) || !parent.constraint().admits(constraint)) {
          throw new AccessDeniedException("User: " + ctx.principalArn() + " is not authorized to perform: "
              + action() + " on resource: " + Arns.key(key.region(), key.accountId(), key.keyId())
              + " because no resource-based policy allows the " + action() + " action");
        }
      });
      DryRun.stopIfRequested(request.dryRun());
      if (request.name() != null) {
        Optional<StoredGrant> same = tx.grantsNamed(key.keyId(), request.name()).stream()
            .filter(g -> g.granteePrincipal().equals(grantee)
                && java.util.Objects.equals(g.retiringPrincipal(), retiring)
                && new LinkedHashSet<>(g.operations()).equals(new LinkedHashSet<>(operations))
                && GrantConstraint.fromJson(g.constraints()).equals(constraint))
            .findFirst();
        if (same.isPresent()) {
          return same.get();
        }
      }
      if (tx.grantCount(key.keyId()) >= GrantAuthority.MAX_GRANTS_PER_KEY) {
        throw new LimitExceededException("The request was rejected because the KMS key "
            + Arns.key(key.region(), key.accountId(), key.keyId()) + " already has "
            + GrantAuthority.MAX_GRANTS_PER_KEY + " grants.");
      }
      StoredGrant created = new StoredGrant(HexFormat.of().formatHex(services.randomness().bytes(32)),
          key.keyId(), request.name(), grantee, retiring, Arns.accountRoot(ctx.accountId()),
          operations, constraint.toJson(), ctx.now());
      tx.insertGrant(created);
      return created;
    });
    String token = new GrantToken(grant.keyId(), grant.grantId()).issue(services.randomness().bytes(16));
    return new CreateGrantResponse(token, grant.grantId());
  }

  private static GrantConstraint constraint(GrantConstraints c) {
    return c == null ? GrantConstraint.NONE
        : new GrantConstraint(c.encryptionContextSubset(), c.encryptionContextEquals());
  }
}
