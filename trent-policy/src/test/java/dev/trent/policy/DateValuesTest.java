package dev.trent.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateValuesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "2026-12-01T00:00:00Z, 1796083200000", "2026-12-01T00:00:00.250Z, 1796083200250", "2026-12-01T01:00:00+01:00, 1796083200000",
      "2026-12-01T00:00Z, 1796083200000", "2026-12-01T00:00:00, 1796083200000", "2026-12-01, 1796083200000",
      "1796083200, 1796083200000", "1796083200.5, 1796083200500", "0, 0", "-1, -1000"})
  void isoOrEpochSeconds_parseToEpochMillis(String text, long millis) {
    assertThat(DateValues.parseMillis(text)).isEqualTo(millis);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "2026-13-01", "2026-12-01T25:00:00Z", "12.3.4", "-", "1e10", "99999999999999999999999"})
  void otherText_parsesToNull(String text) {
    assertThat(DateValues.parseMillis(text)).isNull();
  }
}
