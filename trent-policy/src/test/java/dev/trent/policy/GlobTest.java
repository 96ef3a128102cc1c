package dev.trent.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {
  @ParameterizedTest(name = "{0} ~ {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "*|''|true", "*|anything|true", "''|''|true", "''|a|false",
      "abc|abc|true", "abc|abd|false", "abc|ab|false", "abc|abcd|false",
      "ab*|ab|true", "ab*|abxyz|true", "ab*|a|false", "ab*|xab|false",
      "*bc|abc|true", "*bc|bc|true", "*bc|abcd|false",
      "a?c|abc|true", "a?c|ac|false", "a?c|abbc|false",
      "a*b*c|abc|true", "a*b*c|aXbYc|true", "a*b*c|acb|false", "a*b*c|abcbc|true",
      "**|x|true", "*?|''|false", "*?|x|true", "?*|''|false",
      "a*a*a*a*b|aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa|false", "a*a*a*a*b|aaaaaaaaaaaab|true",
      "*/logs/*|x/logs/y|true", "*/logs/*|x/log/y|false"})
  void caseSensitivePattern_matchesAsAwsDoes(String pattern, String text, boolean matches) {
    assertThat(Glob.of(pattern, false).matches(text)).isEqualTo(matches);
  }

  @ParameterizedTest(name = "{0} ~ {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "kms:Encrypt|KMS:ENCRYPT|true", "kms:Describe*|kms:describekey|true", "kms:*Key*|KMS:CREATEKEY|true",
      "kms:Get?eyPolicy|kms:getkeypolicy|true", "kms:Encrypt|kms:Encrypts|false", "kms:*key|KMS:DESCRIBEKEYS|false"})
  void caseInsensitivePattern_foldsCase(String pattern, String text, boolean matches) {
    assertThat(Glob.of(pattern, true).matches(text)).isEqualTo(matches);
  }

  @Test
  void caseSensitive_doesNotFoldCase() {
    assertThat(Glob.of("Key*", false).matches("key1")).isFalse();
    assertThat(Glob.of("Key", false).matches("KEY")).isFalse();
  }

  @Test
  void maskedWildcards_areLiteral() {
    Glob glob = Glob.of("a*b?", new boolean[] {false, false, false, true}, false);
    assertThat(glob.matches("a*bx")).isTrue();
    assertThat(glob.matches("axxbx")).isFalse();
    assertThat(glob.matches("a*b")).isFalse();
  }

  @Test
  void rangeMatch_looksOnlyAtTheRange() {
    Glob glob = Glob.of("k?y*", false);
    assertThat(glob.matches("xxkeyzzz", 2, 8)).isTrue();
    assertThat(glob.matches("xxkeyzzz", 1, 8)).isFalse();
    assertThat(Glob.of("key", false).matches("akeyb", 1, 4)).isTrue();
    assertThat(Glob.of("key*", false).matches("akeyb", 1, 3)).isFalse();
  }

  @Test
  void literalPattern_isReportedAsLiteral() {
    assertThat(Glob.of("abc", false).isLiteral()).isTrue();
    assertThat(Glob.of("a*c", false).isLiteral()).isFalse();
    assertThat(Glob.of("a*c", new boolean[3], false).isLiteral()).isTrue();
  }
}
