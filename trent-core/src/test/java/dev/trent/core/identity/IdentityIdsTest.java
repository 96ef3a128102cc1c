package dev.trent.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.crypto.Randomness;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Identifiers and secrets in AWS's shapes, and different every time. */
class IdentityIdsTest {
  private final IdentityIds ids = new IdentityIds(Randomness.system());

  @Test
  void shapes_areAwss() {
    assertThat(ids.longTermAccessKeyId()).matches("AKIA[A-Z2-7]{16}");
    assertThat(ids.temporaryAccessKeyId()).matches("ASIA[A-Z2-7]{16}");
    assertThat(ids.userId()).matches("AIDA[A-Z2-7]{17}");
    assertThat(ids.roleId()).matches("AROA[A-Z2-7]{17}");
    assertThat(ids.policyId()).matches("ANPA[A-Z2-7]{17}");
    assertThat(ids.secretAccessKey()).matches("[A-Za-z0-9+/]{40}");
    assertThat(ids.sessionToken()).hasSize(128).matches("[A-Za-z0-9+/]+");
  }

  @Test
  void secrets_doNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      assertThat(seen.add(ids.secretAccessKey())).isTrue();
    }
  }

  @Test
  void everyAlphabetCharacter_canAppear() {
    // A fixed byte sequence 0..255 maps onto each alphabet evenly: the mapping is unbiased.
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    IdentityIds fixed = new IdentityIds(length -> java.util.Arrays.copyOf(all, length));
    assertThat(fixed.secretAccessKey())
        .isEqualTo("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmn");
  }
}
