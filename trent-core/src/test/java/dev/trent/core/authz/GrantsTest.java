package dev.trent.core.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GrantsTest {
  private static final String GRANT_ID = "0123456789abcdef".repeat(4);
  private static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";

  @Test
  void token_namesItsGrant_andIsDifferentEachTime() {
    GrantToken grant = new GrantToken(KEY_ID, GRANT_ID);
    String first = grant.issue(new byte[] {1, 2});
    String second = grant.issue(new byte[] {3, 4});
    assertThat(first).isNotEqualTo(second);
    assertThat(GrantToken.read(first)).contains(grant);
    assertThat(GrantToken.read(second)).contains(grant);
  }

  @Test
  void token_fromElsewhere_isNotRead() {
    assertThat(GrantToken.read("AQEBAHhA84wnXjEJdBbBBylRUFcZZK2j7xwh6UyLoL28nQ+0FAAAAH4wfAYJKoZIhvcNAQcGoG8wbQIBADBo"))
        .isEmpty();
    assertThat(GrantToken.read("not base64 !")).isEmpty();
  }

  @Test
  void constraint_equalsAndSubset() {
    GrantConstraint equals = new GrantConstraint(null, Map.of("a", "1"));
    assertThat(equals.allows(Map.of("a", "1"))).isTrue();
    assertThat(equals.allows(Map.of("a", "1", "b", "2"))).isFalse();
    assertThat(equals.allows(Map.of())).isFalse();
    GrantConstraint subset = new GrantConstraint(Map.of("a", "1"), null);
    assertThat(subset.allows(Map.of("a", "1", "b", "2"))).isTrue();
    assertThat(subset.allows(Map.of("a", "2"))).isFalse();
    // Operations without an encryption context (DescribeKey, RetireGrant) are not constrained.
    assertThat(subset.allows(null)).isTrue();
  }

  @Test
  void constraint_roundTripsThroughItsStoredForm() {
    GrantConstraint c = new GrantConstraint(Map.of("a", "1"), Map.of("b", "2"));
    assertThat(GrantConstraint.fromJson(c.toJson())).isEqualTo(c);
    assertThat(GrantConstraint.NONE.toJson()).isNull();
    assertThat(GrantConstraint.fromJson(null)).isEqualTo(GrantConstraint.NONE);
  }

  @Test
  void constraint_admitsOnlyAtLeastAsStrictConstraints() {
    GrantConstraint subset = new GrantConstraint(Map.of("a", "1"), null);
    assertThat(subset.admits(new GrantConstraint(Map.of("a", "1", "b", "2"), null))).isTrue();
    assertThat(subset.admits(new GrantConstraint(null, Map.of("a", "1")))).isTrue();
    assertThat(subset.admits(GrantConstraint.NONE)).isFalse();
    assertThat(subset.admits(new GrantConstraint(Map.of("b", "2"), null))).isFalse();
    GrantConstraint exact = new GrantConstraint(null, Map.of("a", "1"));
    assertThat(exact.admits(new GrantConstraint(null, Map.of("a", "1")))).isTrue();
    assertThat(exact.admits(new GrantConstraint(Map.of("a", "1"), null))).isFalse();
    assertThat(GrantConstraint.NONE.admits(GrantConstraint.NONE)).isTrue();
  }
}
