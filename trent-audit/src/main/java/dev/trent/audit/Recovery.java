package dev.trent.audit;

import dev.trent.crypto.Sha256;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds where the log left off. A torn final line (a crash during a write that was never
 * acknowledged, because acknowledgement waits for the fsync) is cut off; nothing else is changed.
 */
final class Recovery {
  private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);
  static final String NO_DIGEST = ChainHash.hex(new byte[ChainHash.LENGTH]);

  /**
   * @param firstUncoveredTime eventTime of the first record no digest covers, or null
   * @param lastUncoveredTime eventTime of the last record, when some are uncovered
   */
  record State(long lastSeq, byte[] head, long lastDigestSeq, String lastDigestHash,
      String firstUncoveredTime, String lastUncoveredTime) {}

  private Recovery() {}

  static State recover(Path dir) throws IOException {
    long lastSeq = 0;
    byte[] head = ChainHash.GENESIS;
    String lastTime = null;
    List<Path> segments = Segments.list(dir);
    for (int i = segments.size() - 1; i >= 0; i--) {
      List<byte[]> lines = completeLines(segments.get(i));
      if (!lines.isEmpty()) {
        LogLine last = LogLine.parse(lines.get(lines.size() - 1));
        lastSeq = last.seq();
        head = ChainHash.unhex(last.hash());
        lastTime = eventTime(last);
        break;
      }
    }
    long digestSeq = 0;
    String digestHash = NO_DIGEST;
    Path digests = dir.resolve(Segments.DIGESTS);
    if (Files.exists(digests)) {
      List<byte[]> lines = completeLines(digests);
      if (!lines.isEmpty()) {
        DigestLine last = DigestLine.parse(lines.get(lines.size() - 1));
        digestSeq = last.digest().lastSeq();
        digestHash = ChainHash.hex(Sha256.digest(last.digestBytes()));
      }
    }
    if (digestSeq > lastSeq) {
      LOG.error("The audit digests cover records up to {} but the log ends at {}: records are missing;"
          + " run `trent audit verify`", digestSeq, lastSeq);
    }
    String firstTime = lastSeq > digestSeq ? eventTimeOf(segments, digestSeq + 1) : null;
    return new State(lastSeq, head, digestSeq, digestHash, firstTime, lastSeq > digestSeq ? lastTime : null);
  }

  /**
   * The complete lines of {@code file}, after cutting off a torn tail and the zeroed space a
   * crash left unused after the records.
   */
  private static List<byte[]> completeLines(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Segments.Lines lines = Segments.split(bytes);
    if (lines.tornAt() >= 0) {
      LOG.warn("Cutting off an incomplete last line of {} (a crash during an unacknowledged write)", file);
    }
    int keep = lines.tornAt() >= 0 ? lines.tornAt() : lines.end();
    if (keep < bytes.length) {
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
        ch.truncate(keep);
        ch.force(true);
      }
    }
    return lines.complete();
  }

  private static String eventTimeOf(List<Path> segments, long seq) throws IOException {
    for (int i = segments.size() - 1; i >= 0; i--) {
      if (Segments.firstSeq(segments.get(i)) <= seq) {
        for (byte[] line : Segments.split(Files.readAllBytes(segments.get(i))).complete()) {
          LogLine parsed = LogLine.parse(line);
          if (parsed.seq() == seq) {
            return eventTime(parsed);
          }
        }
        return null;
      }
    }
    return null;
  }

  static String eventTime(LogLine line) {
    return AuditJson.parse(line.record()).path("eventTime").asText(null);
  }

  /** Makes a new file's directory entry durable (Linux: fsync of the directory). */
  static void syncDirectory(Path dir) throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    }
  }
}
