package dev.trent.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Names and finds the log segments of an audit directory: {@code audit-<first seq, 20 digits>.jsonl}. */
public final class Segments {
  public static final String DIGESTS = "digests.jsonl";
  private static final Pattern NAME = Pattern.compile("audit-([0-9]{20})\\.jsonl");

  private Segments() {}

  public static Path auditDir(Path dataDir) {
    return dataDir.resolve("audit");
  }

  static String name(long firstSeq) {
    return String.format("audit-%020d.jsonl", firstSeq);
  }

  /** The segments in sequence order; empty when the directory does not exist. */
  public static List<Path> list(Path auditDir) {
    if (!Files.isDirectory(auditDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(auditDir)) {
      List<Path> found = new ArrayList<>(files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).toList());
      found.sort(Comparator.comparingLong(Segments::firstSeq));
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static long firstSeq(Path segment) {
    Matcher m = NAME.matcher(segment.getFileName().toString());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a segment: " + segment);
    }
    return Long.parseLong(m.group(1));
  }

  /**
   * The complete lines of {@code bytes} (without newlines) and, if the last line has no newline,
   * the offset where that torn tail begins (else -1). The segment being written ends in zeroed
   * space not yet used ({@link SegmentSpace}); a record never holds a NUL byte (JSON escapes it),
   * so the trailing NULs are not data: {@code end} is where the data ends.
   */
  static Lines split(byte[] bytes) {
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] == 0) {
      end--;
    }
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < end; i++) {
      if (bytes[i] == '\n') {
        lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
        start = i + 1;
      }
    }
    return new Lines(lines, start < end ? start : -1, end);
  }

  /**
   * @param tornAt where an incomplete last line begins, or -1
   * @param end where the data ends (before a zeroed tail); the file's length when it has none
   */
  record Lines(List<byte[]> complete, int tornAt, int end) {}
}
