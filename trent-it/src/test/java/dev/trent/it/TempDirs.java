package dev.trent.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the integration tests put their servers' data directories, configuration files and logs:
 * one directory per test JVM, deleted when it exits. A data directory has to outlive its server
 * (tests restart Trent on it, and some files are written beside it), but not the run; before
 * this, every run left its directories in the system's temporary directory.
 */
final class TempDirs {
  private static Path root;

  private TempDirs() {}

  /** A new directory, named {@code prefix} and a number, under this JVM's run directory. */
  static Path create(String prefix) {
    try {
      return Files.createTempDirectory(root(), prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new empty file, named {@code prefix}, a number and {@code suffix}, under the run directory. */
  static Path file(String prefix, String suffix) {
    try {
      return Files.createTempFile(root(), prefix, suffix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized Path root() throws IOException {
    if (root == null) {
      Path created = Files.createTempDirectory("trent-it-run-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(created), "trent-it-temp-cleanup"));
      root = created;
    }
    return root;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // A file still being written by a server process that outlived its test: the rest is gone.
      System.err.println("Could not delete all of " + dir + ": " + e);
    }
  }
}
