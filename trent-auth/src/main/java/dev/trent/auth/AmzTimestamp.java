package dev.trent.auth;

import dev.trent.protocol.error.IncompleteSignatureException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** The request time SigV4 signs, in ISO 8601 basic format ({@code 20150830T123600Z}). */
final class AmzTimestamp {
  private static final DateTimeFormatter BASIC =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
          .withZone(ZoneOffset.UTC)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd").withZone(ZoneOffset.UTC);

  private AmzTimestamp() {}

  /**
   * Parses the basic format; the {@code Date} header may also use the HTTP date format.
   *
   * @throws IncompleteSignatureException with AWS's text when neither form parses
   */
  static Instant parse(String value, boolean allowHttpDate) {
    Instant basic = parseBasic(value);
    if (basic != null) {
      return basic;
    }
    try {
      return LocalDateTime.parse(value, BASIC).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notBasic) {
      if (allowHttpDate) {
        try {
          return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException notHttpDate) {
          // fall through to AWS's error, which names only the basic format
        }
      }
      throw new IncompleteSignatureException(
          "Date must be in ISO-8601 'basic format'. Got '"
              + value
              + "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }
  }

  /**
   * The common case, every request: exactly {@code uuuuMMddTHHmmssZ} with a valid date and time,
   * read without the formatter's machinery; null for anything else, which then takes the
   * formatter's path and its errors.
   */
  private static Instant parseBasic(String value) {
    if (value.length() != 16 || value.charAt(8) != 'T' || value.charAt(15) != 'Z') {
      return null;
    }
    int date = digits(value, 0, 8);
    int time = digits(value, 9, 15);
    if (date < 0 || time < 0) {
      return null;
    }
    try {
      return LocalDateTime.of(date / 10000, date / 100 % 100, date % 100, time / 10000, time / 100 % 100,
          time % 100).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException invalid) {
      return null;
    }
  }

  /** The decimal value of {@code value[from, to)}, or -1 unless every character is a digit. */
  private static int digits(String value, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** {@code 20150830T123600Z}; sub-second parts are dropped. */
  static String format(Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    if (t.getYear() < 0 || t.getYear() > 9999) {
      return BASIC.format(instant);
    }
    StringBuilder out = new StringBuilder(16);
    pad(out, t.getYear(), 4);
    pad(out, t.getMonthValue(), 2);
    pad(out, t.getDayOfMonth(), 2);
    out.append('T');
    pad(out, t.getHour(), 2);
    pad(out, t.getMinute(), 2);
    pad(out, t.getSecond(), 2);
    return out.append('Z').toString();
  }

  private static void pad(StringBuilder out, int value, int width) {
    String text = Integer.toString(value);
    for (int i = text.length(); i < width; i++) {
      out.append('0');
    }
    out.append(text);
  }

  /** {@code 20150830}, the date a credential scope must carry. */
  static String date(Instant instant) {
    return DATE.format(instant);
  }
}
