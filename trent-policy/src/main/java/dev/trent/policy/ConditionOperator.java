package dev.trent.policy;

import java.util.HashMap;
import java.util.Map;

/**
 * A condition operator as written in a policy, e.g. {@code ForAllValues:StringLikeIfExists}: an
 * optional set qualifier, a base operator (a family, possibly negated) and an optional {@code
 * IfExists}. Operator names are case-sensitive, as in AWS.
 *
 * @param name the operator as written
 */
record ConditionOperator(String name, OperatorFamily family, boolean negated, boolean ifExists, SetQualifier qualifier) {
  /** How a multi-valued request key is compared. */
  enum SetQualifier {
    /** No qualifier: any request value matching any policy value (negated: none matching). */
    NONE,
    /** {@code ForAnyValue:}: at least one request value matches; false for an absent or empty key. */
    FOR_ANY_VALUE,
    /** {@code ForAllValues:}: every request value matches; true for an absent or empty key. */
    FOR_ALL_VALUES
  }

  private record Base(OperatorFamily family, boolean negated) {}

  private static final Map<String, Base> BASES = bases();

  private static Map<String, Base> bases() {
    Map<String, Base> bases = new HashMap<>();
    bases.put("StringEquals", new Base(OperatorFamily.STRING_EQUALS, false));
    bases.put("StringNotEquals", new Base(OperatorFamily.STRING_EQUALS, true));
    bases.put("StringEqualsIgnoreCase", new Base(OperatorFamily.STRING_EQUALS_IGNORE_CASE, false));
    bases.put("StringNotEqualsIgnoreCase", new Base(OperatorFamily.STRING_EQUALS_IGNORE_CASE, true));
    bases.put("StringLike", new Base(OperatorFamily.STRING_LIKE, false));
    bases.put("StringNotLike", new Base(OperatorFamily.STRING_LIKE, true));
    bases.put("NumericEquals", new Base(OperatorFamily.NUMERIC_EQUALS, false));
    bases.put("NumericNotEquals", new Base(OperatorFamily.NUMERIC_EQUALS, true));
    bases.put("NumericLessThan", new Base(OperatorFamily.NUMERIC_LESS_THAN, false));
    bases.put("NumericLessThanEquals", new Base(OperatorFamily.NUMERIC_LESS_THAN_EQUALS, false));
    bases.put("NumericGreaterThan", new Base(OperatorFamily.NUMERIC_GREATER_THAN, false));
    bases.put("NumericGreaterThanEquals", new Base(OperatorFamily.NUMERIC_GREATER_THAN_EQUALS, false));
    bases.put("DateEquals", new Base(OperatorFamily.DATE_EQUALS, false));
    bases.put("DateNotEquals", new Base(OperatorFamily.DATE_EQUALS, true));
    bases.put("DateLessThan", new Base(OperatorFamily.DATE_LESS_THAN, false));
    bases.put("DateLessThanEquals", new Base(OperatorFamily.DATE_LESS_THAN_EQUALS, false));
    bases.put("DateGreaterThan", new Base(OperatorFamily.DATE_GREATER_THAN, false));
    bases.put("DateGreaterThanEquals", new Base(OperatorFamily.DATE_GREATER_THAN_EQUALS, false));
    bases.put("Bool", new Base(OperatorFamily.BOOL, false));
    bases.put("BinaryEquals", new Base(OperatorFamily.BINARY_EQUALS, false));
    bases.put("IpAddress", new Base(OperatorFamily.IP_ADDRESS, false));
    bases.put("NotIpAddress", new Base(OperatorFamily.IP_ADDRESS, true));
    bases.put("ArnEquals", new Base(OperatorFamily.ARN_LIKE, false));
    bases.put("ArnLike", new Base(OperatorFamily.ARN_LIKE, false));
    bases.put("ArnNotEquals", new Base(OperatorFamily.ARN_LIKE, true));
    bases.put("ArnNotLike", new Base(OperatorFamily.ARN_LIKE, true));
    bases.put("Null", new Base(OperatorFamily.NULL, false));
    return Map.copyOf(bases);
  }

  /** The operator named {@code name}, or null if the policy language has none of that name. */
  static ConditionOperator parse(String name) {
    String rest = name;
    SetQualifier qualifier = SetQualifier.NONE;
    if (rest.startsWith("ForAnyValue:")) {
      qualifier = SetQualifier.FOR_ANY_VALUE;
      rest = rest.substring("ForAnyValue:".length());
    } else if (rest.startsWith("ForAllValues:")) {
      qualifier = SetQualifier.FOR_ALL_VALUES;
      rest = rest.substring("ForAllValues:".length());
    }
    boolean ifExists = rest.endsWith("IfExists");
    if (ifExists) {
      rest = rest.substring(0, rest.length() - "IfExists".length());
    }
    Base base = BASES.get(rest);
    if (base == null) {
      return null;
    }
    if (base.family == OperatorFamily.NULL && (ifExists || qualifier != SetQualifier.NONE)) {
      // Null asks whether the key exists: "NullIfExists" and set forms mean nothing.
      return null;
    }
    return new ConditionOperator(name, base.family, base.negated, ifExists, qualifier);
  }
}
