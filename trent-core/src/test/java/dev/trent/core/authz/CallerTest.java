package dev.trent.core.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallerTest {
  private static final String SESSION = "arn:aws:sts::111122223333:assumed-role/app/s1";

  @Test
  void session_withRoleKnownToTheDirectory_keepsTheRolePath() {
    assertThat(Caller.principal(SESSION, "111122223333",
        Optional.of("arn:aws:iam::111122223333:role/teams/app")).roleArn())
        .isEqualTo("arn:aws:iam::111122223333:role/teams/app");
  }

  @Test
  void session_unknownToTheDirectory_readsTheRoleFromItsArn() {
    assertThat(Caller.principal(SESSION, "111122223333").roleArn())
        .isEqualTo("arn:aws:iam::111122223333:role/app");
  }

  @Test
  void user_hasNoRole() {
    assertThat(Caller.principal("arn:aws:iam::111122223333:user/alice", "111122223333").roleArn())
        .isNull();
  }
}
