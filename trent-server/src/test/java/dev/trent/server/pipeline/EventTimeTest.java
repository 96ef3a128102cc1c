package dev.trent.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventTimeTest {
  @Test
  void isTheSecondInUtc_evenWhenCallsOfTwoSecondsAlternate() {
    Instant a = Instant.parse("2026-11-28T21:14:00.999999999Z");
    Instant b = Instant.parse("2026-11-28T21:14:01.000000001Z");
    for (int i = 0; i < 3; i++) {
      assertThat(EventTime.of(a)).isEqualTo("2026-11-28T21:14:00Z");
      assertThat(EventTime.of(b)).isEqualTo("2026-11-28T21:14:01Z");
    }
    assertThat(EventTime.of(Instant.parse("1969-12-31T23:59:59.5Z"))).isEqualTo("1969-12-31T23:59:59Z");
  }
}
