package dev.trent.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The JVM options the {@code trent} launcher gives Trent, from {@code jvm.options} beside it, so
 * the harness measures Trent as a user runs it: the options one or more per line, {@code #} to the
 * end of a line a comment.
 */
final class LauncherOptions {
  static final String FILE = "jvm.options";

  private LauncherOptions() {}

  /**
   * The class-data-sharing options the launcher adds for {@code jar}: map the archive beside it
   * when one newer than the jar exists, else make one when this JVM exits (as the launcher's first
   * {@code serve} does), so a restart measures Trent's start as a user sees it.
   */
  static List<String> classDataSharing(Path jar) {
    Path archive = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", "") + ".jsa");
    List<String> quiet = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    try {
      if (Files.isRegularFile(archive)
          && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0) {
        return concat(List.of("-XX:SharedArchiveFile=" + archive), quiet);
      }
      Files.deleteIfExists(archive);
      return concat(List.of("-XX:ArchiveClassesAtExit=" + archive), quiet);
    } catch (IOException e) {
      return List.of(); // no archive: a slower start, nothing else
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

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
