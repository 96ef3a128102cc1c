package dev.trent.policy;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * The dates of {@code Date*} conditions: ISO 8601 ({@code 2026-11-28}, {@code
 * 2026-11-28T17:55:00Z}, with fractions or an offset; without a zone, UTC) or epoch seconds (as
 * {@code aws:EpochTime} gives them), to epoch milliseconds.
 */
final class DateValues {
  private DateValues() {}

  /** Epoch milliseconds, or null if {@code text} is no date. */
  static Long parseMillis(String text) {
    if (text.isEmpty()) {
      return null;
    }
    if (isEpochSeconds(text)) {
      try {
        return new BigDecimal(text).movePointRight(3).longValue();
      } catch (ArithmeticException | NumberFormatException e) {
        return null;
      }
    }
    try {
      TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
      if (parsed instanceof OffsetDateTime offset) {
        return offset.toInstant().toEpochMilli();
      }
      return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeException notDateTime) {
      try {
        return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
      } catch (DateTimeException notDate) {
        return null;
      }
    }
  }

  private static boolean isEpochSeconds(String text) {
    int start = text.charAt(0) == '-' ? 1 : 0;
    boolean digits = false;
    boolean point = false;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return false;
      }
    }
    return digits && text.length() <= 20;
  }
}
