package dev.trent.policy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Base64;

/**
 * What a condition operator compares, without its negation, {@code IfExists} or set qualifier:
 * each family prepares a policy value once (a pattern, a number, a date, a CIDR block) and then
 * compares request values against it. A policy value that is no valid number, date, address or
 * base64 text is prepared to null and matches nothing.
 */
enum OperatorFamily {
  STRING_EQUALS(Values.OTHER) {
    @Override
    boolean compare(Object prepared, String requestValue) {
      return ((String) prepared).equals(requestValue);
    }
  },
  STRING_EQUALS_IGNORE_CASE(Values.OTHER) {
    @Override
    boolean compare(Object prepared, String requestValue) {
      return ((String) prepared).equalsIgnoreCase(requestValue);
    }
  },
  STRING_LIKE(Values.OTHER) {
    @Override
    Object prepare(Template value, ConditionContext context) {
      return context == null ? value.constantGlob(false) : value.resolveGlob(context, false);
    }

    @Override
    boolean compare(Object prepared, String requestValue) {
      return ((Glob) prepared).matches(requestValue);
    }
  },
  NUMERIC_EQUALS(Values.NUMBERS, Order.EQUAL),
  NUMERIC_LESS_THAN(Values.NUMBERS, Order.LESS),
  NUMERIC_LESS_THAN_EQUALS(Values.NUMBERS, Order.LESS_OR_EQUAL),
  NUMERIC_GREATER_THAN(Values.NUMBERS, Order.GREATER),
  NUMERIC_GREATER_THAN_EQUALS(Values.NUMBERS, Order.GREATER_OR_EQUAL),
  DATE_EQUALS(Values.DATES, Order.EQUAL),
  DATE_LESS_THAN(Values.DATES, Order.LESS),
  DATE_LESS_THAN_EQUALS(Values.DATES, Order.LESS_OR_EQUAL),
  DATE_GREATER_THAN(Values.DATES, Order.GREATER),
  DATE_GREATER_THAN_EQUALS(Values.DATES, Order.GREATER_OR_EQUAL),
  BOOL(Values.OTHER) {
    @Override
    boolean compare(Object prepared, String requestValue) {
      return ((String) prepared).equalsIgnoreCase(requestValue);
    }
  },
  BINARY_EQUALS(Values.OTHER) {
    @Override
    Object prepareText(String text) {
      return decode(text);
    }

    @Override
    boolean compare(Object prepared, String requestValue) {
      byte[] request = decode(requestValue);
      return request != null && Arrays.equals((byte[]) prepared, request);
    }

    private byte[] decode(String text) {
      try {
        return Base64.getDecoder().decode(text);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  },
  IP_ADDRESS(Values.OTHER) {
    @Override
    Object prepareText(String text) {
      return CidrBlock.parse(text);
    }

    @Override
    boolean compare(Object prepared, String requestValue) {
      return ((CidrBlock) prepared).contains(requestValue);
    }
  },
  ARN_LIKE(Values.OTHER) {
    @Override
    Object prepare(Template value, ConditionContext context) {
      Template.Masked masked = context == null ? value.resolveMasked(ConditionContext.empty()) : value.resolveMasked(context);
      return masked == null ? null : ArnPattern.of(masked.text(), masked.wild());
    }

    @Override
    boolean compare(Object prepared, String requestValue) {
      return ((ArnPattern) prepared).matches(requestValue);
    }
  },
  /** {@code Null}: handled by {@link ConditionClause} itself, since it asks about the key, not its values. */
  NULL(Values.OTHER) {
    @Override
    boolean compare(Object prepared, String requestValue) {
      throw new IllegalStateException("Null compares no values");
    }
  };

  /** What the family's values are, for the shared number and date handling. */
  private enum Values { NUMBERS, DATES, OTHER }

  /** The order a number or date family asks of the request value against the policy value. */
  private enum Order {
    EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL;

    boolean holds(int comparison) {
      return switch (this) {
        case EQUAL -> comparison == 0;
        case LESS -> comparison < 0;
        case LESS_OR_EQUAL -> comparison <= 0;
        case GREATER -> comparison > 0;
        case GREATER_OR_EQUAL -> comparison >= 0;
      };
    }
  }

  private final Values values;
  private final Order order;

  OperatorFamily(Values values) {
    this(values, null);
  }

  OperatorFamily(Values values, Order order) {
    this.values = values;
    this.order = order;
  }

  /**
   * The policy value in comparable form, or null if it is not valid for this family. {@code
   * context} is null when preparing a value without variables at parse time.
   */
  Object prepare(Template value, ConditionContext context) {
    String text = context == null ? value.constantText() : value.resolve(context);
    return text == null ? null : prepareText(text);
  }

  Object prepareText(String text) {
    if (isNumeric()) {
      return number(text);
    }
    if (isDate()) {
      return DateValues.parseMillis(text);
    }
    return text;
  }

  /** Whether {@code requestValue} satisfies the (non-null) prepared policy value. */
  boolean compare(Object prepared, String requestValue) {
    if (isNumeric()) {
      BigDecimal request = number(requestValue);
      return request != null && order.holds(request.compareTo((BigDecimal) prepared));
    }
    Long request = DateValues.parseMillis(requestValue);
    return request != null && order.holds(Long.compare(request, (Long) prepared));
  }

  private boolean isNumeric() {
    return values == Values.NUMBERS;
  }

  private boolean isDate() {
    return values == Values.DATES;
  }

  private static BigDecimal number(String text) {
    if (text.isEmpty() || text.length() > 64) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
