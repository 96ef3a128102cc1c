package dev.trent.policy;

import java.util.List;

/**
 * One key under one operator of a {@code Condition} block, e.g. {@code "StringEquals":
 * {"kms:ViaService": ["a", "b"]}}: true if the request's values of the key satisfy the operator for
 * any of the policy values (they are OR'ed).
 *
 * <p>Absent keys: an {@code IfExists} operator is true; otherwise positive operators are false,
 * negated ones ({@code StringNotEquals}, {@code NotIpAddress}, ...) true, {@code ForAnyValue:}
 * false and {@code ForAllValues:} true. {@code Null} with {@code true} asks for the key's absence,
 * with {@code false} for its presence.
 */
final class ConditionClause {
  private final ConditionOperator operator;
  private final String key;
  private final int keyHash;
  private final Template[] values;
  private final Object[] prepared;
  private final boolean variables;

  ConditionClause(ConditionOperator operator, String key, List<Template> values) {
    this.operator = operator;
    this.key = key;
    this.keyHash = MapConditionContext.hash(key);
    this.values = values.toArray(Template[]::new);
    boolean anyVariables = false;
    for (Template value : this.values) {
      anyVariables |= value.hasVariables();
    }
    this.variables = anyVariables;
    this.prepared = anyVariables ? null : prepare(null);
  }

  private Object[] prepare(ConditionContext context) {
    Object[] result = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      if (operator.family() == OperatorFamily.NULL) {
        String text = context == null ? values[i].constantText() : values[i].resolve(context);
        result[i] = text == null ? null : nullExpectation(text);
      } else {
        result[i] = operator.family().prepare(values[i], context);
      }
    }
    return result;
  }

  /** For {@code Null}: TRUE if the policy asks for an absent key, FALSE for a present one. */
  private static Boolean nullExpectation(String text) {
    if (text.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    return text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
  }

  String key() {
    return key;
  }

  ConditionOperator operator() {
    return operator;
  }

  boolean matches(ConditionContext context) {
    List<String> request = context instanceof MapConditionContext map ? map.values(key, keyHash) : context.values(key);
    Object[] policy = variables ? prepare(context) : prepared;
    if (operator.family() == OperatorFamily.NULL) {
      Boolean absent = request.isEmpty();
      for (Object expected : policy) {
        if (absent.equals(expected)) {
          return true;
        }
      }
      return false;
    }
    if (request.isEmpty()) {
      if (operator.ifExists()) {
        return true;
      }
      return switch (operator.qualifier()) {
        case NONE -> operator.negated();
        case FOR_ANY_VALUE -> false;
        case FOR_ALL_VALUES -> true;
      };
    }
    boolean negated = operator.negated();
    switch (operator.qualifier()) {
      case FOR_ANY_VALUE:
        for (int i = 0; i < request.size(); i++) {
          if (matchesAny(policy, request.get(i)) != negated) {
            return true;
          }
        }
        return false;
      case FOR_ALL_VALUES:
        for (int i = 0; i < request.size(); i++) {
          if (matchesAny(policy, request.get(i)) == negated) {
            return false;
          }
        }
        return true;
      default:
        for (int i = 0; i < request.size(); i++) {
          if (matchesAny(policy, request.get(i))) {
            return !negated;
          }
        }
        return negated;
    }
  }

  private boolean matchesAny(Object[] policy, String requestValue) {
    OperatorFamily family = operator.family();
    for (Object value : policy) {
      if (value != null && family.compare(value, requestValue)) {
        return true;
      }
    }
    return false;
  }
}
