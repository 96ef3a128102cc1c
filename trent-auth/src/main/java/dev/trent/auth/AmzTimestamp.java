package dev.trent.auth;

import dev.trent.protocol.error.IncompleteSignatureException;
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

  /** {@code 20150830T123600Z}; sub-second parts are dropped. */
  static String format(Instant instant) {
    return BASIC.format(instant);
  }

  /** {@code 20150830}, the date a credential scope must carry. */
  static String date(Instant instant) {
    return DATE.format(instant);
  }
}
