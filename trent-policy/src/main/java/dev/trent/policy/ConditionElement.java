package dev.trent.policy;

import java.util.List;

/** A statement's {@code Condition} element: every clause must hold (operators and keys are AND'ed). */
final class ConditionElement {
  static final ConditionElement NONE = new ConditionElement(List.of());

  private final ConditionClause[] clauses;

  ConditionElement(List<ConditionClause> clauses) {
    this.clauses = clauses.toArray(ConditionClause[]::new);
  }

  boolean matches(ConditionContext context) {
    for (ConditionClause clause : clauses) {
      if (!clause.matches(context)) {
        return false;
      }
    }
    return true;
  }
}
