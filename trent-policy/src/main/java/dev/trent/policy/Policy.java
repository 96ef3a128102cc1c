package dev.trent.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed, validated policy document: a KMS key policy, an IAM identity policy or a role trust
 * policy. Immutable and thread-safe; parse once, evaluate on every request.
 *
 * <p>Evaluation is AWS's logic within one policy: if any statement with {@code "Effect": "Deny"}
 * applies, the verdict is {@code EXPLICIT_DENY}; else if any {@code Allow} statement applies,
 * {@code ALLOW}; else {@code NOT_APPLICABLE}. A statement applies when its action, resource,
 * principal and every condition match. Combining this verdict with other policies and grants is
 * the caller's job. Size limits (32 KB for key policies) are the caller's job too.
 */
public final class Policy {
  private final String json;
  private final String version;
  private final String id;
  private final Statement[] statements;

  Policy(String json, String version, String id, List<Statement> statements) {
    this.json = json;
    this.version = version;
    this.id = id;
    this.statements = statements.toArray(Statement[]::new);
  }

  /**
   * A key policy (resource-based policy): every statement must have {@code Principal} or {@code
   * NotPrincipal}, and its principals must be valid AWS principals.
   *
   * @throws MalformedPolicyException with AWS's message if the document is not valid
   */
  public static Policy parseResourcePolicy(String json) {
    return PolicyParser.parse(json, PolicyKind.RESOURCE);
  }

  /**
   * An identity policy (an IAM user's or role's inline or managed policy): no {@code Principal},
   * and every statement has {@code Resource} or {@code NotResource}.
   *
   * @throws MalformedPolicyException with AWS's message if the document is not valid
   */
  public static Policy parseIdentityPolicy(String json) {
    return PolicyParser.parse(json, PolicyKind.IDENTITY);
  }

  /**
   * A role trust policy: {@code Principal} required, only {@code sts:} actions, no {@code
   * Resource}.
   *
   * @throws MalformedPolicyException with AWS's message if the document is not valid
   */
  public static Policy parseTrustPolicy(String json) {
    return PolicyParser.parse(json, PolicyKind.TRUST);
  }

  /** The document exactly as given. */
  public String json() {
    return json;
  }

  /** {@code 2012-10-17} or {@code 2008-10-17} (also when the document gives none). */
  public String version() {
    return version;
  }

  /** The document's {@code Id}, or null. */
  public String id() {
    return id;
  }

  /** The statements' Sids in document order; null for a statement without one. */
  public List<String> statementSids() {
    List<String> sids = new ArrayList<>(statements.length);
    for (Statement statement : statements) {
      sids.add(statement.sid());
    }
    return Collections.unmodifiableList(sids);
  }

  /**
   * Every {@code AWS} principal the document names in {@code Principal} or {@code NotPrincipal},
   * other than {@code "*"}, as written and without duplicates: account ids and the ARNs of account
   * roots, users, roles and sessions. KMS refuses a key policy naming a principal that does not
   * exist; the caller checks these against its identities.
   */
  public List<String> awsPrincipals() {
    Set<String> principals = new LinkedHashSet<>();
    for (Statement statement : statements) {
      principals.addAll(statement.principal().awsPrincipals());
    }
    return List.copyOf(principals);
  }

  /**
   * What this policy says about {@code request}. Allocation-free for documents without policy
   * variables.
   */
  public PolicyVerdict evaluate(PolicyRequest request) {
    PolicyVerdict allow = null;
    for (Statement statement : statements) {
      if (!statement.isDeny() && allow != null && !allow.viaAccountDelegation()) {
        continue; // nothing can improve a direct allow; only a deny can still change the verdict
      }
      PolicyVerdict verdict = statement.apply(request);
      if (verdict == null) {
        continue;
      }
      if (statement.isDeny()) {
        return verdict;
      }
      if (allow == null || (allow.viaAccountDelegation() && !verdict.viaAccountDelegation())) {
        allow = verdict;
      }
    }
    return allow == null ? PolicyVerdict.NOT_APPLICABLE : allow;
  }

  @Override
  public String toString() {
    return "Policy[" + statements.length + " statements, Sids " + statementSids() + "]";
  }
}
