package dev.trent.core.authz;

import dev.trent.core.key.Arns;
import dev.trent.policy.ConditionContext;
import dev.trent.policy.Policy;
import dev.trent.policy.PolicyPrincipal;
import dev.trent.policy.PolicyRequest;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredGrant;
import dev.trent.store.StoredKey;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The authorization of one request, the single place where an operation's permissions are
 * checked: the key resolver asks it for every key an operation touches, the pipeline for actions
 * on no key, and the pipeline refuses a result of an operation that never asked (a bug, answered as
 * an internal error). Refusals are AccessDeniedExceptions in AWS's words. Used by the request's
 * thread and, for writes, the store's commit thread, one after the other.
 */
public final class Authorization {
  private final Authorizer authorizer;
  private final PolicyPrincipal caller;
  private final String region;
  private final RequestFacts facts;
  private final RequestConditions.Call call;
  /** The key each action was checked on: ReEncrypt's destination check looks at its source. */
  private final Map<String, StoredKey> checkedKeys = new ConcurrentHashMap<>();
  /** The grants that allowed a check, by action and key id: for CreateGrant through a grant. */
  private final Map<String, GrantAuthority.ActiveGrant> grantsUsed = new ConcurrentHashMap<>();
  private volatile Map<String, String> principalTags;
  private volatile boolean checked;

  Authorization(Authorizer authorizer, PolicyPrincipal caller, String region, String sourceIp,
      Instant now, RequestFacts facts) {
    this.authorizer = authorizer;
    this.caller = caller;
    this.region = region;
    this.facts = facts;
    this.call = new RequestConditions.Call(caller, region, sourceIp, now, facts, this::principalTags);
  }

  /** The caller, as policies see it. */
  public PolicyPrincipal caller() {
    return caller;
  }

  public RequestFacts facts() {
    return facts;
  }

  /** The condition keys of a check on no key: the request's and the global ones. */
  ConditionContext conditions() {
    return new RequestConditions(call, RequestConditions.Check.NONE);
  }

  /** True once any permission of the request was checked. */
  public boolean checked() {
    return checked;
  }

  /**
   * Requires {@code action} on {@code key}, read in {@code tx}; {@code requestAlias} is the alias
   * name the request used to name the key (kms:RequestAlias), or null.
   *
   * @throws dev.trent.protocol.error.AccessDeniedException when refused
   */
  public void requireOnKey(ReadTransaction tx, StoredKey key, String requested, String requestAlias) {
    checked = true;
    String action = requested;
    Boolean sameKey = null;
    if (action.equals("kms:ReEncrypt")) {
      // ReEncrypt is two IAM actions; it resolves its source key before its destination key.
      action = checkedKeys.containsKey("kms:ReEncryptFrom") ? "kms:ReEncryptTo" : "kms:ReEncryptFrom";
      sameKey = reEncryptOnSameKey(tx, key, action);
    }
    Map<String, String> context = facts.encryptionContext(action);
    String arn = RequestConditions.arnOf(key);
    RequestConditions conditions = new RequestConditions(call,
        new RequestConditions.Check(tx, key, facts.conditionContext(action), requestAlias, sameKey));
    boolean fresh = !facts.grantTokens().isEmpty();
    String checkedAction = action;
    Optional<Denial> denial = authorizer.decideOnKey(caller, action, key, arn, conditions, () -> {
      Optional<GrantAuthority.ActiveGrant> grant =
          authorizer.grants().allowing(tx, caller, checkedAction, key, context, fresh);
      grant.ifPresent(g -> grantsUsed.put(checkedAction + " " + key.keyId(), g));
      return grant.isPresent();
    });
    if (denial.isPresent()) {
      throw denial.get().exception(caller.arn(), action, arn);
    }
    checkedKeys.put(action, key);
  }

  /**
   * Requires {@code action} on a resource without a policy of its own: {@code "*"} (CreateKey,
   * ListKeys, GenerateRandom, ...) in the caller's account, or an alias of the caller's account.
   */
  public void requireOnAccount(String action, String resource) {
    checked = true;
    String account = "*".equals(resource) ? caller.accountId() : accountOf(resource);
    Optional<Denial> denial = authorizer.decideOnAccount(caller, action, resource, account, conditions());
    if (denial.isPresent()) {
      throw denial.get().exception(caller.arn(), action, resource);
    }
  }

  /**
   * The grant that allowed {@code action} on the key, when the policies did not: CreateGrant uses
   * it to keep a grant made through a grant within that grant (API reference, CreateGrant).
   */
  public Optional<GrantAuthority.ActiveGrant> grantUsed(String action, String keyId) {
    return Optional.ofNullable(grantsUsed.get(action + " " + keyId));
  }

  /**
   * Whether {@code policy}, a key policy about to be stored, would let this caller perform {@code
   * action} on the key: the policy lockout safety check. A statement allowing the caller's account
   * counts, as the account can delegate through identity policies.
   */
  public boolean policyWouldAllow(Policy policy, String action, String keyArn) {
    return policy.evaluate(new PolicyRequest(caller, action, keyArn, conditions())).isAllow();
  }

  /**
   * Requires the caller may retire {@code grant} of {@code key} (API reference, RetireGrant): its
   * retiring principal may, its grantee may when the grant allows RetireGrant, and otherwise
   * whoever holds kms:RetireGrant on the key.
   */
  public void requireToRetire(ReadTransaction tx, StoredKey key, StoredGrant grant) {
    checked = true;
    if (isCaller(grant.retiringPrincipal())
        || (isCaller(grant.granteePrincipal()) && grant.operations().contains("RetireGrant"))) {
      return;
    }
    requireOnKey(tx, key, "kms:RetireGrant", null);
  }

  private boolean isCaller(String principal) {
    return principal != null && (principal.equals(caller.arn()) || principal.equals(caller.roleArn()));
  }

  /** The ARN of an alias of the caller's account in the request's region. */
  public String aliasArn(String aliasName) {
    return Arns.alias(region, caller.accountId(), aliasName);
  }

  private Map<String, String> principalTags() {
    Map<String, String> tags = principalTags;
    if (tags == null) {
      tags = Map.copyOf(authorizer.directory().principalTags(caller.arn()));
      principalTags = tags;
    }
    return tags;
  }

  /**
   * kms:ReEncryptOnSameKey: ReEncrypt checks the source key (ReEncryptFrom) before the destination
   * (ReEncryptTo), so the destination is compared by the id the request names, and the source
   * by the key checked first.
   */
  private boolean reEncryptOnSameKey(ReadTransaction tx, StoredKey key, String action) {
    if (action.equals("kms:ReEncryptTo")) {
      StoredKey source = checkedKeys.get("kms:ReEncryptFrom");
      return source != null && source.keyId().equals(key.keyId());
    }
    String destination = facts.destinationKeyId();
    return destination != null && (destination.equals(key.keyId())
        || destination.equals(RequestConditions.arnOf(key))
        || tx.alias(key.accountId(), key.region(), destination)
            .map(a -> a.targetKeyId().equals(key.keyId())).orElse(false));
  }

  private static String accountOf(String arn) {
    String[] parts = arn.split(":", 6);
    return parts.length == 6 ? parts[4] : "";
  }
}
