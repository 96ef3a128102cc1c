package dev.trent.core.authz;

import dev.trent.core.identity.PrincipalDirectory;
import dev.trent.policy.ConditionContext;
import dev.trent.policy.PolicyPrincipal;
import dev.trent.policy.PolicyRequest;
import dev.trent.policy.PolicyVerdict;
import dev.trent.policy.PolicyVerdict.Outcome;
import dev.trent.store.StoredKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * AWS KMS's authorization decision (Developer Guide, "Determining access to a KMS key"). An
 * explicit deny in the key policy or in any identity policy wins. Otherwise, for a key of the
 * caller's account, the key policy must allow the caller itself, or allow its account (delegation)
 * while an identity policy allows too; for a key of another account the key policy must allow
 * (the caller or its account) and, unless the caller is its account's root, an identity policy
 * too. Failing that, a grant may allow. Actions on no key (CreateKey, ListKeys, aliases, ...) are
 * decided by identity policies alone, and an account's root may do anything in its account.
 * Thread-safe; parsed policies are cached.
 */
public final class Authorizer {
  private final PrincipalDirectory directory;
  private final GrantAuthority grants;
  private final PolicyCache policies;

  public Authorizer(PrincipalDirectory directory, GrantAuthority grants) {
    this.directory = directory;
    this.grants = grants;
    this.policies = new PolicyCache(10_000);
  }

  /**
   * The authorization of one request: the caller as its signature proved it, the request's facts,
   * and the time and place of the call. The pipeline opens it before the operation runs.
   */
  public Authorization open(String principalArn, String accountId, String region, String sourceIp,
      Instant now, RequestFacts facts) {
    return new Authorization(this, Caller.principal(principalArn, accountId, directory.roleArn(principalArn)),
        region, sourceIp, now, facts);
  }

  PrincipalDirectory directory() {
    return directory;
  }

  GrantAuthority grants() {
    return grants;
  }

  /**
   * The refusal for {@code action} on the key, empty when allowed. {@code grantAllows} is asked
   * only when the policies neither deny nor allow, so the usual request never reads grants.
   */
  public Optional<Denial> decideOnKey(PolicyPrincipal caller, String action, StoredKey key,
      String keyArn, ConditionContext conditions, BooleanSupplier grantAllows) {
    PolicyRequest request = new PolicyRequest(caller, action, keyArn, conditions);
    PolicyVerdict keyPolicy = policies.keyPolicy(key).evaluate(request);
    if (keyPolicy.isExplicitDeny()) {
      return Optional.of(Denial.EXPLICIT_DENY_IN_RESOURCE_POLICY);
    }
    boolean sameAccount = caller.accountId().equals(key.accountId());
    boolean root = caller.isAccountRoot();
    // The root of the key's account has no identity policies to consult; neither does a root
    // elsewhere, whose identity side is implied (Developer Guide: cross-account access).
    Outcome identity = root ? Outcome.NOT_APPLICABLE : identityOutcome(caller, request);
    if (identity == Outcome.EXPLICIT_DENY) {
      return Optional.of(Denial.EXPLICIT_DENY_IN_IDENTITY_POLICY);
    }
    boolean identityAllows = identity == Outcome.ALLOW;
    boolean allowed;
    if (sameAccount) {
      allowed = keyPolicy.isAllow() && (!keyPolicy.viaAccountDelegation() || identityAllows);
    } else {
      allowed = keyPolicy.isAllow() && (root || identityAllows);
    }
    if (allowed || grantAllows.getAsBoolean()) {
      return Optional.empty();
    }
    if (!keyPolicy.isAllow()) {
      return Optional.of(Denial.NO_RESOURCE_POLICY_ALLOWS);
    }
    return Optional.of(Denial.NO_IDENTITY_POLICY_ALLOWS);
  }

  /**
   * The refusal for {@code action} on a resource that has no policy of its own ({@code "*"} for
   * CreateKey or ListKeys, an alias ARN), empty when allowed: identity policies decide, and the
   * root of the resource's account may do everything in it.
   */
  public Optional<Denial> decideOnAccount(PolicyPrincipal caller, String action, String resource,
      String resourceAccount, ConditionContext conditions) {
    if (caller.isAccountRoot() && caller.accountId().equals(resourceAccount)) {
      return Optional.empty();
    }
    Outcome identity = identityOutcome(caller, new PolicyRequest(caller, action, resource, conditions));
    return switch (identity) {
      case ALLOW -> caller.accountId().equals(resourceAccount)
          ? Optional.empty() : Optional.of(Denial.NO_RESOURCE_POLICY_ALLOWS);
      case EXPLICIT_DENY -> Optional.of(Denial.EXPLICIT_DENY_IN_IDENTITY_POLICY);
      case NOT_APPLICABLE -> Optional.of(Denial.NO_IDENTITY_POLICY_ALLOWS);
    };
  }

  /** The combined outcome of every identity policy of the caller: any deny, else any allow. */
  private Outcome identityOutcome(PolicyPrincipal caller, PolicyRequest request) {
    List<String> documents = directory.identityPolicies(caller.arn());
    Outcome combined = Outcome.NOT_APPLICABLE;
    for (String document : documents) {
      Outcome outcome = policies.identityPolicy(document).evaluate(request).outcome();
      if (outcome == Outcome.EXPLICIT_DENY) {
        return Outcome.EXPLICIT_DENY;
      }
      if (outcome == Outcome.ALLOW) {
        combined = Outcome.ALLOW;
      }
    }
    return combined;
  }
}
