package dev.trent.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The JVM options the {@code trent} launcher gives Trent, from {@code jvm.options} beside it, so
 * the harness measures Trent as a user runs it: the options one or more per line, {@code #} to the
 * end of a line a comment.
 */
final class LauncherOptions {
  static final String FILE = "jvm.options";

  private LauncherOptions() {}

  /** The options in {@code file}, space-separated; empty when there is no such file. */
  static String read(Path file) {
    if (!Files.isRegularFile(file)) {
      return "";
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(line -> line.replaceAll("#.*", "").trim())
          .filter(line -> !line.isEmpty())
          .collect(Collectors.joining(" "));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
