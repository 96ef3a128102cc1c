package dev.trent.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A policy string that may hold policy variables: {@code ${aws:username}}, {@code
 * ${aws:PrincipalTag/team, 'default'}}, and the escapes {@code ${*}}, {@code ${?}}, {@code ${$}}
 * for a literal {@code *}, {@code ?}, {@code $}. Variables exist only in Version 2012-10-17
 * documents; in older ones the text is taken as it is.
 *
 * <p>A variable takes the single value of the condition key of its name. With no value (or
 * several) it takes its default; without a default it cannot be resolved and the string matches
 * nothing. Text that came from a variable or an escape is never a wildcard.
 */
final class Template {
  private record Part(String text, boolean literalOnly, String variable, String fallback) {}

  private final String source;
  private final Part[] parts;
  private final boolean hasVariables;
  private final String constantText;
  private final boolean[] constantMask;

  private Template(String source, Part[] parts) {
    this.source = source;
    this.parts = parts;
    boolean variables = false;
    for (Part part : parts) {
      variables |= part.variable != null;
    }
    this.hasVariables = variables;
    if (variables) {
      constantText = null;
      constantMask = null;
    } else {
      StringBuilder text = new StringBuilder();
      boolean[] mask = new boolean[lengthOf(parts)];
      boolean escaped = false;
      for (Part part : parts) {
        for (int i = 0; i < part.text.length(); i++) {
          mask[text.length()] = !part.literalOnly;
          text.append(part.text.charAt(i));
        }
        escaped |= part.literalOnly;
      }
      constantText = text.toString();
      constantMask = escaped ? mask : null;
    }
  }

  private static int lengthOf(Part[] parts) {
    int length = 0;
    for (Part part : parts) {
      length += part.text.length();
    }
    return length;
  }

  /** Parses {@code text}; {@code variables} is false for documents older than 2012-10-17. */
  static Template parse(String text, boolean variables) {
    if (!variables || !text.contains("${")) {
      return new Template(text, new Part[] {new Part(text, false, null, null)});
    }
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int close = text.startsWith("${", i) ? closingBrace(text, i + 2) : -1;
      if (close < 0) {
        literal.append(text.charAt(i++));
        continue;
      }
      String inner = text.substring(i + 2, close);
      Part part = placeholder(inner);
      if (part == null) {
        literal.append(text, i, close + 1);
      } else {
        if (literal.length() > 0) {
          parts.add(new Part(literal.toString(), false, null, null));
          literal.setLength(0);
        }
        parts.add(part);
      }
      i = close + 1;
    }
    if (literal.length() > 0) {
      parts.add(new Part(literal.toString(), false, null, null));
    }
    return new Template(text, parts.toArray(Part[]::new));
  }

  /** The brace closing a placeholder whose content starts at {@code from}, skipping quoted defaults; -1 if none. */
  private static int closingBrace(String text, int from) {
    boolean quoted = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (c == '}' && !quoted) {
        return i;
      }
    }
    return -1;
  }

  private static Part placeholder(String inner) {
    if (inner.equals("*") || inner.equals("?") || inner.equals("$")) {
      return new Part(inner, true, null, null);
    }
    String name = inner;
    String fallback = null;
    int comma = inner.indexOf(',');
    if (comma >= 0) {
      String rest = inner.substring(comma + 1).trim();
      if (rest.length() < 2 || rest.charAt(0) != '\'' || rest.charAt(rest.length() - 1) != '\'') {
        return null;
      }
      name = inner.substring(0, comma);
      // As in AWS, '' inside a default stands for one quote.
      fallback = rest.substring(1, rest.length() - 1).replace("''", "'");
    }
    name = name.trim();
    if (name.isEmpty() || name.indexOf(':') <= 0) {
      return null;
    }
    return new Part("", true, name, fallback);
  }

  /** The text as written in the policy. */
  String source() {
    return source;
  }

  boolean hasVariables() {
    return hasVariables;
  }

  /** The text with escapes applied; only for templates without variables. */
  String constantText() {
    return constantText;
  }

  /** The pattern, compiled once; only for templates without variables. */
  Glob constantGlob(boolean ignoreCase) {
    return constantMask == null ? Glob.of(constantText, ignoreCase) : Glob.of(constantText, constantMask, ignoreCase);
  }

  /** The text with variables substituted, or null if one cannot be resolved. */
  String resolve(ConditionContext context) {
    if (!hasVariables) {
      return constantText;
    }
    StringBuilder text = new StringBuilder(source.length() + 16);
    for (Part part : parts) {
      String value = part.variable == null ? part.text : valueOf(part, context);
      if (value == null) {
        return null;
      }
      text.append(value);
    }
    return text.toString();
  }

  /** The pattern with variables substituted (their text never a wildcard), or null if one cannot be resolved. */
  Glob resolveGlob(ConditionContext context, boolean ignoreCase) {
    if (!hasVariables) {
      return constantGlob(ignoreCase);
    }
    Masked masked = resolveMasked(context);
    return masked == null ? null : Glob.of(masked.text(), masked.wild(), ignoreCase);
  }

  /** Text and which of its positions are wildcards; {@code wild} null means every {@code *} and {@code ?}. */
  record Masked(String text, boolean[] wild) {}

  /** The text with variables substituted and its wildcard mask, or null if a variable cannot be resolved. */
  Masked resolveMasked(ConditionContext context) {
    if (!hasVariables) {
      return new Masked(constantText, constantMask);
    }
    StringBuilder text = new StringBuilder(source.length() + 16);
    boolean[] mask = new boolean[source.length() + 64];
    for (Part part : parts) {
      String value = part.variable == null ? part.text : valueOf(part, context);
      if (value == null) {
        return null;
      }
      if (text.length() + value.length() > mask.length) {
        mask = Arrays.copyOf(mask, 2 * (text.length() + value.length()));
      }
      for (int i = 0; i < value.length(); i++) {
        mask[text.length()] = !part.literalOnly;
        text.append(value.charAt(i));
      }
    }
    return new Masked(text.toString(), Arrays.copyOf(mask, text.length()));
  }

  private static String valueOf(Part part, ConditionContext context) {
    List<String> values = context.values(part.variable);
    if (values.size() == 1) {
      return values.get(0);
    }
    return part.fallback;
  }

  @Override
  public String toString() {
    return source;
  }
}
