package dev.trent.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.protocol.error.IncompleteSignatureException;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmzTimestampTest {
  @ParameterizedTest
  @CsvSource({
      "20150830T123600Z, 2015-08-30T12:36:00Z",
      "20240229T235959Z, 2024-02-29T23:59:59Z",
      "00010101T000000Z, 0001-01-01T00:00:00Z",
      "99991231T235959Z, 9999-12-31T23:59:59Z",
      "'Sun, 30 Aug 2015 12:36:00 GMT', 2015-08-30T12:36:00Z"})
  void validTimestamps_parse_andFormatBack(String text, String instant) {
    Instant parsed = AmzTimestamp.parse(text, true);
    assertThat(parsed).isEqualTo(Instant.parse(instant));
    if (!text.contains(",")) {
      assertThat(AmzTimestamp.format(parsed)).isEqualTo(text);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"20150230T123600Z", "20150830T243600Z", "20150830T126000Z", "20150830T123660Z",
      "20151330T123600Z", "20150800T123600Z", "2015083OT123600Z", "20150830T123600z", "20150830T12360Z",
      "2015-08-30T12:36:00Z", "+0150830T123600Z", "20150830 123600Z", ""})
  void invalidTimestamps_areAwsError(String text) {
    assertThatThrownBy(() -> AmzTimestamp.parse(text, false))
        .isInstanceOf(IncompleteSignatureException.class)
        .hasMessage("Date must be in ISO-8601 'basic format'. Got '" + text + "'. See http://en.wikipedia.org/wiki/ISO_8601");
  }

  @org.junit.jupiter.api.Test
  void format_dropsSubSeconds() {
    assertThat(AmzTimestamp.format(Instant.parse("2015-08-30T12:36:00.999Z"))).isEqualTo("20150830T123600Z");
  }
}
