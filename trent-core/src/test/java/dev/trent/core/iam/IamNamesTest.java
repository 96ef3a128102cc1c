package dev.trent.core.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** IAM's parameter constraints with its ValidationError texts. */
class IamNamesTest {
  @Test
  void name_allowsIamsCharacters_andRefusesOthers() {
    assertThat(IamNames.name("a.b+c=d,e@f_g-h", "userName", 1, 64)).isEqualTo("a.b+c=d,e@f_g-h");
    assertThatThrownBy(() -> IamNames.name("a/b", "userName", 1, 64))
        .isInstanceOf(ValidationError.class)
        .hasMessage("1 validation error detected: Value 'a/b' at 'userName' failed to satisfy"
            + " constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+");
    assertThatThrownBy(() -> IamNames.name("x".repeat(65), "userName", 1, 64))
        .hasMessageEndingWith("Member must have length less than or equal to 64");
    assertThatThrownBy(() -> IamNames.name(null, "roleName", 1, 64))
        .hasMessage("1 validation error detected: Value null at 'roleName' failed to satisfy"
            + " constraint: Member must not be null");
  }

  @Test
  void path_defaultsToSlash_andMustBeSlashDelimited() {
    assertThat(IamNames.path(null, "path")).isEqualTo("/");
    assertThat(IamNames.path("/a/b/", "path")).isEqualTo("/a/b/");
    assertThatThrownBy(() -> IamNames.path("/a", "path")).isInstanceOf(ValidationError.class);
    assertThatThrownBy(() -> IamNames.path("a/", "path")).isInstanceOf(ValidationError.class);
  }

  @Test
  void tags_overFifty_isLimitExceeded() {
    assertThatThrownBy(() -> IamNames.tags(java.util.Map.of(), 51))
        .isInstanceOf(LimitExceeded.class);
    IamNames.tags(java.util.Map.of("k", ""), 50);
  }
}
