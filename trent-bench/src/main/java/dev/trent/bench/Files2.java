package dev.trent.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Directory helpers. */
final class Files2 {
  private Files2() {}

  /** The total size of the regular files under {@code dir}. */
  static long size(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The total size of the regular files directly in {@code dir} whose name starts with {@code prefix}. */
  static long sizeOfMatching(Path dir, String prefix) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().startsWith(prefix))
          .mapToLong(p -> {
            try {
              return Files.size(p);
            } catch (IOException e) {
              return 0;
            }
          }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The size of each entry of {@code dir} (a directory's being the total of its files), by name. */
  static java.util.Map<String, Long> sizesOfEntries(Path dir) {
    java.util.Map<String, Long> sizes = new java.util.TreeMap<>();
    try (Stream<Path> entries = Files.list(dir)) {
      entries.forEach(p -> sizes.put(p.getFileName().toString(), size(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sizes;
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // best effort
        }
      });
    } catch (IOException ignored) {
      // best effort
    }
  }
}
