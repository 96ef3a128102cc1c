package dev.trent.bench;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The harness's progress lines, {@code HH:mm:ss [bench] ...}, flushed as they come. */
final class BenchLog {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final PrintStream out;

  BenchLog(PrintStream out) {
    this.out = out;
  }

  void log(String format, Object... args) {
    out.printf(Locale.ROOT, LocalTime.now().format(TIME) + " [bench] " + format + "%n", args);
    out.flush();
  }
}
