package dev.trent.core.iam;

import java.util.List;
import java.util.Map;

/**
 * The policy engine as the IAM and STS APIs need it: validating documents and deciding calls.
 * Implementations are thread-safe.
 */
public interface PolicyLanguage {
  /** @throws MalformedPolicyDocument with the engine's reason */
  void checkIdentityPolicy(String document);

  /** @throws MalformedPolicyDocument with the engine's reason */
  void checkTrustPolicy(String document);

  /**
   * How identity policies decide {@code action} on {@code resource} for the caller.
   *
   * @param callerArn the caller's ARN ({@code ...:user/x}, {@code ...:assumed-role/r/s})
   * @param roleArn the role of an assumed-role session, else null
   * @param conditions the request's condition keys and values ({@code aws:PrincipalTag/team})
   */
  Decision identityDecision(List<String> policies, String callerArn, String accountId,
      String roleArn, String action, String resource, Map<String, List<String>> conditions);

  /**
   * How a role's trust policy decides {@code action} (e.g. {@code sts:AssumeRole}) for the caller.
   */
  Decision trustDecision(String trustPolicy, String callerArn, String accountId, String roleArn,
      String action, String resource, Map<String, List<String>> conditions);

  /** A verdict. */
  enum Decision {
    /** A statement denies. */
    EXPLICIT_DENY,
    /** A statement names the caller (its ARN, its role, or {@code *}) and allows. */
    ALLOW,
    /** Allowed only through the caller's account principal: the account's policies decide. */
    ALLOW_VIA_ACCOUNT,
    /** Nothing applies. */
    NOT_APPLICABLE
  }
}
