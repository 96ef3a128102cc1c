package dev.trent.core.authz;

import dev.trent.core.key.Arns;
import dev.trent.policy.ConditionContext;
import dev.trent.policy.PolicyPrincipal;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredAlias;
import dev.trent.store.StoredKey;
import dev.trent.store.StoredTag;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The condition keys of one authorization check, each computed only when a policy asks for it (a
 * policy without conditions costs nothing here). In order: the facts of the key checked (kms:KeySpec,
 * kms:EncryptionContext:*, kms:RequestAlias, ...), the request's own facts ({@link RequestFacts}),
 * the global keys of the caller and the call (aws:PrincipalArn, aws:SourceIp, aws:CurrentTime, ...),
 * and values read on demand: the key's tags and aliases, the caller's tags. Names are matched
 * case-insensitively. Used on the evaluating thread only, inside the transaction that read the key.
 */
final class RequestConditions implements ConditionContext {
  private static final String CONTEXT_PREFIX = "kms:encryptioncontext:";
  private static final String RESOURCE_TAG = "aws:resourcetag/";
  private static final String PRINCIPAL_TAG = "aws:principaltag/";

  /** What is the same for every check of a request. */
  record Call(PolicyPrincipal caller, String region, String sourceIp, Instant now, RequestFacts facts,
      Supplier<Map<String, String>> principalTags) {}

  /** What one check on a key adds; every member may be null. */
  record Check(ReadTransaction tx, StoredKey key, Map<String, String> encryptionContext,
      String requestAlias, Boolean reEncryptOnSameKey) {
    static final Check NONE = new Check(null, null, null, null, null);
  }

  private final Call call;
  private final Check check;
  private List<String> resourceAliases;

  RequestConditions(Call call, Check check) {
    this.call = call;
    this.check = check;
  }

  @Override
  public List<String> values(String name) {
    String k = name.toLowerCase(Locale.ROOT);
    List<String> v = check.key() == null ? null : keyFact(k);
    if (v == null) {
      v = call.facts().conditions().get(k);
    }
    if (v == null) {
      v = global(k, name);
    }
    return v == null ? List.of() : v;
  }

  private List<String> keyFact(String k) {
    StoredKey key = check.key();
    switch (k) {
      case "kms:keyspec", "kms:customermasterkeyspec":
        return List.of(key.keySpec());
      case "kms:keyusage", "kms:customermasterkeyusage":
        return List.of(key.keyUsage());
      case "kms:keyorigin", "kms:keymaterialorigin":
        return List.of(key.origin());
      case "kms:multiregion":
        return List.of("false");
      case "kms:requestalias":
        return check.requestAlias() == null ? List.of() : List.of(check.requestAlias());
      case "kms:reencryptonsamekey":
        return check.reEncryptOnSameKey() == null ? null : List.of(check.reEncryptOnSameKey().toString());
      case "kms:encryptioncontextkeys":
        return check.encryptionContext() == null ? null : List.copyOf(check.encryptionContext().keySet());
      case "kms:resourcealiases":
        return resourceAliases();
      default:
        break;
    }
    if (k.startsWith(CONTEXT_PREFIX) && check.encryptionContext() != null) {
      return lookup(check.encryptionContext(), k.substring(CONTEXT_PREFIX.length()));
    }
    if (k.startsWith(RESOURCE_TAG)) {
      String tagKey = k.substring(RESOURCE_TAG.length());
      for (StoredTag t : check.tx().tags(key.keyId())) {
        if (t.tagKey().equalsIgnoreCase(tagKey)) {
          return List.of(t.tagValue());
        }
      }
      return List.of();
    }
    return null;
  }

  private List<String> global(String k, String name) {
    PolicyPrincipal p = call.caller();
    return switch (k) {
      case "aws:principalarn" -> List.of(p.roleArn() != null ? p.roleArn() : p.arn());
      case "aws:principalaccount", "kms:calleraccount" -> List.of(p.accountId());
      case "aws:principaltype" -> List.of(Caller.type(p));
      case "aws:username" -> optional(Caller.userName(p.arn()));
      case "aws:userid" -> p.isAccountRoot() ? List.of(p.accountId()) : null;
      case "aws:sourceip" -> optional(call.sourceIp());
      case "aws:currenttime" ->
          List.of(DateTimeFormatter.ISO_INSTANT.format(call.now().truncatedTo(ChronoUnit.SECONDS)));
      case "aws:epochtime" -> List.of(Long.toString(call.now().getEpochSecond()));
      case "aws:securetransport" -> List.of("false");
      case "aws:requestedregion" -> List.of(call.region());
      default -> k.startsWith(PRINCIPAL_TAG)
          ? lookup(call.principalTags().get(), k.substring(PRINCIPAL_TAG.length())) : null;
    };
  }

  private static List<String> optional(String value) {
    return value == null ? null : List.of(value);
  }

  /** The value of a map key named case-insensitively (tag keys and context keys in condition keys). */
  private static List<String> lookup(Map<String, String> values, String lowerKey) {
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getKey().equalsIgnoreCase(lowerKey)) {
        return List.of(e.getValue());
      }
    }
    return List.of();
  }

  private List<String> resourceAliases() {
    if (resourceAliases == null) {
      StoredKey key = check.key();
      List<String> names = new ArrayList<>();
      // AWS evaluates at most 50 aliases of a key for kms:ResourceAliases.
      for (StoredAlias a : check.tx().aliases(key.accountId(), key.region(), key.keyId(), null, 50)) {
        names.add(a.aliasName());
      }
      resourceAliases = List.copyOf(names);
    }
    return resourceAliases;
  }

  /** The key's ARN, the resource of every check on it. */
  static String arnOf(StoredKey key) {
    return Arns.key(key.region(), key.accountId(), key.keyId());
  }
}
