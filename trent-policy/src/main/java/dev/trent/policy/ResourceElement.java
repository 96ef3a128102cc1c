package dev.trent.policy;

import java.util.List;

/**
 * A statement's {@code Resource} or {@code NotResource}: ARN patterns matched case-sensitively
 * with {@code *} and {@code ?}, which may hold policy variables. A pattern whose variable cannot
 * be resolved matches nothing. {@code NotResource} applies to every resource it does not list.
 */
final class ResourceElement {
  /** No Resource element, as in trust policies: the statement is about the policy's own resource. */
  static final ResourceElement ANY = new ResourceElement(List.of(Template.parse("*", false)), false);

  private final Template[] templates;
  private final Glob[] compiled;
  private final boolean negated;

  ResourceElement(List<Template> patterns, boolean negated) {
    this.templates = patterns.toArray(Template[]::new);
    this.compiled = new Glob[templates.length];
    for (int i = 0; i < templates.length; i++) {
      compiled[i] = templates[i].hasVariables() ? null : templates[i].constantGlob(false);
    }
    this.negated = negated;
  }

  boolean matches(String resource, ConditionContext context) {
    for (int i = 0; i < compiled.length; i++) {
      Glob pattern = compiled[i] != null ? compiled[i] : templates[i].resolveGlob(context, false);
      if (pattern != null && pattern.matches(resource)) {
        return !negated;
      }
    }
    return negated;
  }
}
