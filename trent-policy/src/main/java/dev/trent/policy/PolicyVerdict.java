package dev.trent.policy;

import java.util.Objects;

/**
 * What one policy says about one request.
 *
 * <p>{@code ALLOW} with {@code viaAccountDelegation == true}: the only allowing statements matched
 * the caller through an account principal ({@code arn:aws:iam::<acct>:root} or {@code <acct>})
 * while the caller is not that account's root; in a key policy this means "delegated to the
 * account's IAM policies", which must then allow too. {@code ALLOW} with {@code false}: a statement
 * named the caller itself (its ARN, its role's ARN for a session, or {@code "*"}), or the caller is
 * the account root matched by its account principal. Identity policies always give {@code false}.
 *
 * @param statementSid the Sid of the deciding statement (the denying one, or the allowing one
 *     chosen), null if it has none or nothing applied
 */
public record PolicyVerdict(Outcome outcome, boolean viaAccountDelegation, String statementSid) {
  /** The result of one policy. */
  public enum Outcome { EXPLICIT_DENY, ALLOW, NOT_APPLICABLE }

  /** No statement applied: the policy neither allows nor denies. */
  public static final PolicyVerdict NOT_APPLICABLE = new PolicyVerdict(Outcome.NOT_APPLICABLE, false, null);

  public PolicyVerdict {
    Objects.requireNonNull(outcome, "outcome");
    if (outcome != Outcome.ALLOW && viaAccountDelegation) {
      throw new IllegalArgumentException("only an ALLOW can be via account delegation");
    }
  }

  public boolean isAllow() {
    return outcome == Outcome.ALLOW;
  }

  public boolean isExplicitDeny() {
    return outcome == Outcome.EXPLICIT_DENY;
  }
}
