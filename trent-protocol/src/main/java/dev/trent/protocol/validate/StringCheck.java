package dev.trent.protocol.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trent.protocol.error.SerializationException;
import dev.trent.protocol.model.Bounds;
import dev.trent.protocol.model.StringShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A string: length in characters (Unicode code points), the model's pattern matched against the
 * whole value, and the enum set. Reported in that order.
 */
final class StringCheck extends ScalarCheck {
  private final Bounds length;
  private final Pattern pattern;
  private final String patternText;
  private final Set<String> allowed;
  private final String enumConstraint;
  private final boolean sensitive;

  StringCheck(StringShape shape) {
    super(constraintsOf(shape));
    this.length = shape.length();
    // Compiled once here; the model's patterns are Java-compatible (a test compiles them all).
    this.patternText = shape.pattern().orElse(null);
    this.pattern = patternText == null ? null : Pattern.compile(patternText);
    this.allowed = Set.copyOf(shape.enumValues());
    this.enumConstraint = shape.isEnum() ? ConstraintText.enumSet(shape.enumMessageOrder()) : null;
    this.sensitive = shape.sensitive();
  }

  @Override
  List<String> broken(JsonNode value) {
    if (!value.isTextual()) {
      throw TypeMismatch.scalar(value, "a String");
    }
    return broken(value.textValue());
  }

  /** The constraints a string breaks; also used for map keys, which are always strings. */
  List<String> broken(String text) {
    requireWellFormed(text);
    List<String> broken = List.of();
    boolean tooLong = false;
    if (!length.isUnbounded()) {
      long chars = text.codePointCount(0, text.length());
      if (chars < length.min()) {
        broken = add(broken, ConstraintText.lengthAtLeast(length.min()));
      } else if (chars > length.max()) {
        broken = add(broken, ConstraintText.lengthAtMost(length.max()));
        tooLong = true;
      }
    }
    // AWS matches the whole value even where the model's pattern has no anchors. A value already
    // too long is not matched: a pattern with nested repetition (ServicePrincipalType's) overflows
    // the regex engine's stack on a hostile length, and the value is refused anyway.
    if (pattern != null && !tooLong && !pattern.matcher(text).matches()) {
      broken = add(broken, ConstraintText.pattern(patternText));
    }
    if (enumConstraint != null && !allowed.contains(text)) {
      broken = add(broken, enumConstraint);
    }
    return broken;
  }

  /**
   * JSON escapes can carry lone UTF-16 surrogates, which no UTF-8 encoding can represent: two
   * different encryption contexts would otherwise encode alike.
   */
  private static void requireWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new SerializationException("A string contains an unpaired UTF-16 surrogate, which is not valid Unicode.");
      }
    }
  }

  @Override
  String show(JsonNode value) {
    return sensitive ? null : value.textValue();
  }

  String show(String text) {
    return sensitive ? null : text;
  }

  private static List<String> add(List<String> broken, String constraint) {
    List<String> more = broken.isEmpty() ? new ArrayList<>(2) : broken;
    more.add(constraint);
    return more;
  }

  private static List<String> constraintsOf(StringShape shape) {
    List<String> all = new ArrayList<>();
    if (shape.length().hasMax()) {
      all.add(ConstraintText.lengthAtMost(shape.length().max()));
    }
    if (shape.length().hasMin()) {
      all.add(ConstraintText.lengthAtLeast(shape.length().min()));
    }
    shape.pattern().ifPresent(p -> all.add(ConstraintText.pattern(p)));
    if (shape.isEnum()) {
      all.add(ConstraintText.enumSet(shape.enumMessageOrder()));
    }
    return all;
  }
}
