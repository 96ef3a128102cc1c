package dev.trent.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {
  private static final ConditionContext CONTEXT = ConditionContext.of(Map.of(
      "aws:username", List.of("alice"), "aws:PrincipalTag/team", List.of("blue"), "aws:TagKeys", List.of("a", "b")));

  @Test
  void textWithoutVariables_isConstant() {
    Template template = Template.parse("arn:aws:kms:*:111122223333:key/*", true);
    assertThat(template.hasVariables()).isFalse();
    assertThat(template.constantText()).isEqualTo("arn:aws:kms:*:111122223333:key/*");
  }

  @Test
  void variables_areSubstituted_caseInsensitively() {
    assertThat(Template.parse("home/${aws:username}/${AWS:PrincipalTag/team}", true).resolve(CONTEXT)).isEqualTo("home/alice/blue");
  }

  @Test
  void unresolvableVariable_resolvesToNull() {
    assertThat(Template.parse("x-${aws:userid}", true).resolve(CONTEXT)).isNull();
    assertThat(Template.parse("x-${aws:userid}", true).resolveGlob(CONTEXT, false)).isNull();
  }

  @Test
  void multiValuedKey_takesTheDefault() {
    assertThat(Template.parse("${aws:TagKeys}", true).resolve(CONTEXT)).isNull();
    assertThat(Template.parse("${aws:TagKeys, 'none'}", true).resolve(CONTEXT)).isEqualTo("none");
  }

  @Test
  void defaults_applyOnlyWhenAbsent() {
    assertThat(Template.parse("${aws:PrincipalTag/team, 'all'}", true).resolve(CONTEXT)).isEqualTo("blue");
    assertThat(Template.parse("${aws:PrincipalTag/dept,'all'}", true).resolve(CONTEXT)).isEqualTo("all");
    assertThat(Template.parse("${aws:PrincipalTag/dept, ''}", true).resolve(CONTEXT)).isEqualTo("");
    assertThat(Template.parse("${aws:PrincipalTag/dept, 'it''s'}", true).resolve(CONTEXT)).isEqualTo("it's");
    assertThat(Template.parse("${aws:PrincipalTag/dept, '${aws:username}'}", true).resolve(CONTEXT))
        .as("one round of substitution only").isEqualTo("${aws:username}");
  }

  @Test
  void escapes_areLiteralCharacters() {
    Template template = Template.parse("a${*}b${?}c${$}", true);
    assertThat(template.hasVariables()).isFalse();
    assertThat(template.constantText()).isEqualTo("a*b?c$");
    Glob glob = template.constantGlob(false);
    assertThat(glob.matches("a*b?c$")).isTrue();
    assertThat(glob.matches("aXb?c$")).isFalse();
  }

  @Test
  void variableValues_areNeverWildcards() {
    ConditionContext star = ConditionContext.of(Map.of("aws:username", List.of("*")));
    Glob glob = Template.parse("${aws:username}/*", true).resolveGlob(star, false);
    assertThat(glob.matches("*/anything")).isTrue();
    assertThat(glob.matches("bob/anything")).isFalse();
  }

  @Test
  void oldVersion_takesTextAsIs() {
    Template template = Template.parse("${aws:username}*", false);
    assertThat(template.hasVariables()).isFalse();
    assertThat(template.constantGlob(false).matches("${aws:username}x")).isTrue();
  }

  @Test
  void malformedPlaceholders_stayText() {
    assertThat(Template.parse("${", true).resolve(CONTEXT)).isEqualTo("${");
    assertThat(Template.parse("${}", true).resolve(CONTEXT)).isEqualTo("${}");
    assertThat(Template.parse("${name}", true).resolve(CONTEXT)).isEqualTo("${name}");
    assertThat(Template.parse("${aws:username, unquoted}", true).resolve(CONTEXT)).isEqualTo("${aws:username, unquoted}");
    assertThat(Template.parse("$ {aws:username}", true).resolve(CONTEXT)).isEqualTo("$ {aws:username}");
  }
}
