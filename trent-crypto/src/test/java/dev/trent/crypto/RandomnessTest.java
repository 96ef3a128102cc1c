package dev.trent.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RandomnessTest {
  private final Randomness randomness = Randomness.system();

  @Test
  void bytes_haveRequestedLength() {
    assertThat(randomness.bytes(0)).isEmpty();
    assertThat(randomness.bytes(32)).hasSize(32);
  }

  @Test
  void successiveCalls_differ() {
    assertThat(randomness.bytes(32)).isNotEqualTo(randomness.bytes(32));
  }

  @Test
  void secret_hasRequestedLength() {
    assertThat(randomness.secret(16).length()).isEqualTo(16);
  }
}
