package dev.trent.audit;

import dev.trent.crypto.Sha256;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;

/** Signs and appends digests; used only by the log's writer thread (and by open/close). */
final class DigestWriter implements AutoCloseable {
  private final Path file;
  private final AuditSigningKey key;
  private final Clock clock;
  private FileChannel channel;
  private long lastDigestSeq;
  private String lastDigestHash;
  private String firstUncoveredTime;
  private String lastUncoveredTime;
  private Instant uncoveredSince;

  DigestWriter(Path dir, AuditSigningKey key, Clock clock, Recovery.State state) {
    this.file = dir.resolve(Segments.DIGESTS);
    this.key = key;
    this.clock = clock;
    this.lastDigestSeq = state.lastDigestSeq();
    this.lastDigestHash = state.lastDigestHash();
    this.firstUncoveredTime = state.firstUncoveredTime();
    this.lastUncoveredTime = state.lastUncoveredTime();
    this.uncoveredSince = firstUncoveredTime == null ? null : clock.instant();
  }

  /** Notes that a record with {@code eventTime} became durable and awaits a digest. */
  void covered(String eventTime) {
    if (firstUncoveredTime == null) {
      firstUncoveredTime = eventTime;
      uncoveredSince = clock.instant();
    }
    lastUncoveredTime = eventTime;
  }

  void digestIfDue(AuditLogConfig config, long lastSeq, byte[] head) throws IOException {
    long uncovered = lastSeq - lastDigestSeq;
    if (uncovered >= config.digestEveryRecords() || (uncovered > 0 && uncoveredSince != null
        && !clock.instant().isBefore(uncoveredSince.plus(config.digestInterval())))) {
      digest(lastSeq, head);
    }
  }

  void digestIfBehind(long lastSeq, byte[] head) throws IOException {
    if (lastSeq > lastDigestSeq) {
      digest(lastSeq, head);
    }
  }

  private void digest(long lastSeq, byte[] head) throws IOException {
    Digest d = new Digest(Digest.VERSION, lastDigestSeq + 1, lastSeq, lastSeq - lastDigestSeq,
        ChainHash.hex(head), firstUncoveredTime, lastUncoveredTime, lastDigestHash,
        clock.instant().toString(), AuditSigningKey.ALGORITHM.name(), key.fingerprint());
    byte[] bytes = AuditJson.bytes(d);
    byte[] line = new DigestLine(key.sign(bytes), bytes).encode();
    if (channel == null) {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      Recovery.syncDirectory(file.getParent());
    }
    ByteBuffer out = ByteBuffer.wrap(line);
    while (out.hasRemaining()) {
      channel.write(out);
    }
    channel.force(false);
    lastDigestSeq = lastSeq;
    lastDigestHash = ChainHash.hex(Sha256.digest(bytes));
    firstUncoveredTime = null;
    lastUncoveredTime = null;
    uncoveredSince = null;
  }

  @Override
  public void close() throws IOException {
    if (channel != null) {
      channel.close();
    }
  }
}
