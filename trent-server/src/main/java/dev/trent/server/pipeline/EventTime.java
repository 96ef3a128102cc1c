package dev.trent.server.pipeline;

import java.time.Instant;

/**
 * A record's {@code eventTime}: the second of the call, ISO-8601 in UTC ({@code
 * 2026-11-28T21:14:00Z}). Formatted once per second rather than once per call: thousands of calls
 * a second share it.
 */
final class EventTime {
  private record Formatted(long second, String text) {}

  private static volatile Formatted last = new Formatted(Long.MIN_VALUE, "");

  private EventTime() {}

  static String of(Instant when) {
    long second = when.getEpochSecond();
    Formatted seen = last;
    if (seen.second() == second) {
      return seen.text();
    }
    String text = Instant.ofEpochSecond(second).toString();
    last = new Formatted(second, text);
    return text;
  }
}
