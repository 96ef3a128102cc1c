package dev.trent.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InlineOddsTest {
  @Test
  void aWarmCache_isAlwaysTriedInline() {
    InlineOdds odds = new InlineOdds();
    for (int i = 0; i < 1000; i++) {
      assertThat(odds.tryInline()).isTrue();
      odds.tried(i % 10 != 0); // nine in ten served
    }
  }

  @Test
  void mostlyMisses_stopTrying_butProbeOneInThirtyTwo() {
    InlineOdds odds = new InlineOdds();
    for (int i = 0; i < InlineOdds.MAX; i++) {
      odds.tried(false);
    }
    long tried = IntStream.range(0, 3200).filter(i -> odds.tryInline()).count();
    assertThat(tried).isEqualTo(3200 / InlineOdds.PROBE_EVERY);
  }

  @Test
  void probesThatSucceed_bringInlineBack() {
    InlineOdds odds = new InlineOdds();
    for (int i = 0; i < InlineOdds.MAX; i++) {
      odds.tried(false);
    }
    while (!odds.tryInline()) {
      // wait for the probe
    }
    odds.tried(true);
    assertThat(odds.tryInline()).isTrue();
  }

  @Test
  void halfServed_isNotWorthTrying() {
    InlineOdds odds = new InlineOdds();
    for (int i = 0; i < 400; i++) {
      odds.tried(i % 2 == 0);
    }
    long tried = IntStream.range(0, 320).filter(i -> odds.tryInline()).count();
    assertThat(tried).isEqualTo(10);
  }
}
