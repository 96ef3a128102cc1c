package dev.trent.policy;

/**
 * One parsed statement, with the verdicts it can give prepared in advance so that evaluation
 * allocates nothing.
 */
final class Statement {
  private final String sid;
  private final boolean deny;
  private final PrincipalElement principal;
  private final ActionElement action;
  private final ResourceElement resource;
  private final ConditionElement condition;
  private final PolicyVerdict direct;
  private final PolicyVerdict viaAccount;

  Statement(String sid, boolean deny, PrincipalElement principal, ActionElement action, ResourceElement resource,
      ConditionElement condition) {
    this.sid = sid;
    this.deny = deny;
    this.principal = principal;
    this.action = action;
    this.resource = resource;
    this.condition = condition;
    if (deny) {
      this.direct = new PolicyVerdict(PolicyVerdict.Outcome.EXPLICIT_DENY, false, sid);
      this.viaAccount = direct;
    } else {
      this.direct = new PolicyVerdict(PolicyVerdict.Outcome.ALLOW, false, sid);
      this.viaAccount = new PolicyVerdict(PolicyVerdict.Outcome.ALLOW, true, sid);
    }
  }

  String sid() {
    return sid;
  }

  PrincipalElement principal() {
    return principal;
  }

  boolean isDeny() {
    return deny;
  }

  /** The verdict this statement gives {@code request}, or null if it does not apply. */
  PolicyVerdict apply(PolicyRequest request) {
    if (!action.matches(request.action()) || !resource.matches(request.resource(), request.conditions())) {
      return null;
    }
    PrincipalElement.Match match = principal.match(request.principal());
    if (match == PrincipalElement.Match.NONE || !condition.matches(request.conditions())) {
      return null;
    }
    return match == PrincipalElement.Match.DIRECT ? direct : viaAccount;
  }
}
