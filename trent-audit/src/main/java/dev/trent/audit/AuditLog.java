package dev.trent.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable audit log with group commit: callers serialize their record on their own thread
 * and queue it; one writer thread takes everything waiting, chains and appends it to the current
 * segment, fsyncs once, and only then releases every caller of the batch. Segments rotate by size
 * and age; a signed {@link Digest} is appended to {@code digests.jsonl} every N records or T
 * seconds, and at close.
 *
 * <p>Fail closed: once a write or fsync fails, the state of the segment's tail is unknown, so the
 * log refuses every later record ({@link AuditUnavailableException}) until the server restarts;
 * the restart cuts off a torn tail (bytes no caller was told were durable) and continues.
 * Thread-safe.
 */
public final class AuditLog implements AuditSink, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
  private static final int MAX_BATCH = 1024;
  private static final long IDLE_POLL_MILLIS = 200;
  private static final int MAX_KEPT_LINE_BYTES = 1 << 20;

  private record Pending(byte[] record, String eventTime, CompletableFuture<Void> done) {}

  private final Path dir;
  private final AuditLogConfig config;
  private final AuditSigningKey key;
  private final Clock clock;
  private final AuditObserver observer;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private final DigestWriter digests;
  private final SegmentSpace space = new SegmentSpace();
  private volatile boolean closed;
  private volatile IOException broken;
  private FileChannel segment;
  private long segmentBytes;
  private Instant segmentOpened;
  private long nextSeq;
  private byte[] head;
  private ByteBuffer lines = ByteBuffer.allocateDirect(64 << 10);

  private AuditLog(Path dir, AuditLogConfig config, AuditSigningKey key, Clock clock,
      AuditObserver observer, Recovery.State state) throws IOException {
    this.dir = dir;
    this.config = config;
    this.key = key;
    this.clock = clock;
    this.observer = observer;
    this.nextSeq = state.lastSeq() + 1;
    this.head = state.head();
    this.digests = new DigestWriter(dir, key, clock, state);
    this.writer = new Thread(this::run, "trent-audit-writer");
    writer.setDaemon(true);
  }

  /**
   * Opens (creating if needed) the log in {@code dir}, recovering after a crash: a torn final
   * line is cut off and the records no digest covers yet are signed at once.
   */
  public static AuditLog open(Path dir, AuditLogConfig config, AuditSigningKey key, Clock clock,
      AuditObserver observer) {
    try {
      Files.createDirectories(dir);
      AuditLog log = new AuditLog(dir, config, key, clock, observer, Recovery.recover(dir));
      log.digests.digestIfBehind(log.nextSeq - 1, log.head);
      log.writer.start();
      return log;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the audit log in " + dir, e);
    }
  }

  @Override
  public void record(AuditEvent event) {
    awaitUninterruptibly(recordAsync(event));
  }

  @Override
  public CompletableFuture<Void> recordAsync(AuditEvent event) {
    Pending p = new Pending(AuditJson.bytes(event), event.eventTime(), new CompletableFuture<>());
    if (closed || broken != null) {
      return CompletableFuture.failedFuture(
          new AuditUnavailableException("the audit log is not accepting records", broken));
    }
    queue.add(p);
    if (closed) {
      failQueued();
    }
    return p.done().handle((ok, failure) -> {
      if (failure != null) {
        throw failure instanceof AuditUnavailableException a ? a
            : new AuditUnavailableException("the audit record could not be made durable", failure);
      }
      return null;
    });
  }

  private static void awaitUninterruptibly(CompletableFuture<Void> done) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          done.get();
          return;
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          throw e.getCause() instanceof AuditUnavailableException a ? a
              : new AuditUnavailableException("the audit record could not be made durable", e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void run() {
    List<Pending> batch = new ArrayList<>();
    while (!closed || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (first != null) {
          batch.add(first);
          queue.drainTo(batch, MAX_BATCH - 1);
          commit(batch);
        }
        if (broken == null) {
          digests.digestIfDue(config, nextSeq - 1, head);
        }
      } catch (InterruptedException e) {
        // Nobody interrupts the writer on purpose; the loop condition decides.
      } catch (IOException | RuntimeException e) {
        fail(e instanceof IOException io ? io : new IOException(e));
        batch.forEach(p -> p.done().completeExceptionally(broken));
      } catch (Error e) {
        // The writer must never die silently: every later caller would wait forever.
        fail(new IOException(e));
        batch.forEach(p -> p.done().completeExceptionally(e));
      }
      batch.clear();
    }
    failQueued();
  }

  private void commit(List<Pending> batch) throws IOException {
    if (broken != null) {
      batch.forEach(p -> p.done().completeExceptionally(broken));
      return;
    }
    long started = System.nanoTime();
    rotateIfDue();
    byte[] chain = head;
    long seq = nextSeq;
    int total = 0;
    for (Pending p : batch) {
      total += LogLine.length(seq++, p.record());
    }
    ByteBuffer out = lineBuffer(total);
    seq = nextSeq;
    for (Pending p : batch) {
      byte[] hash = ChainHash.next(chain, seq, p.record());
      LogLine.write(out, seq, chain, hash, p.record());
      chain = hash;
      seq++;
    }
    out.flip();
    try {
      space.reserve(segmentBytes + total);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for segment space", e);
    }
    long position = segmentBytes;
    while (out.hasRemaining()) {
      position += segment.write(out, position);
    }
    segment.force(false);
    segmentBytes += total;
    for (Pending p : batch) {
      digests.covered(p.eventTime());
    }
    head = chain;
    nextSeq = seq;
    observer.committed(batch.size(), System.nanoTime() - started);
    // The callers are released here, on the writer: what each does next is to hand its reply to
    // its connection's event loop, which costs less than waking one more thread to do it.
    batch.forEach(p -> p.done().complete(null));
  }

  /**
   * The writer's buffer, emptied, with room for {@code bytes}: kept from batch to batch, and
   * direct, so that neither the writer nor the channel copies the lines once more.
   */
  private ByteBuffer lineBuffer(int bytes) {
    if (bytes > MAX_KEPT_LINE_BYTES) {
      return ByteBuffer.allocate(bytes); // a rare batch of large records: not worth keeping
    }
    if (lines.capacity() < bytes) {
      lines = ByteBuffer.allocateDirect(Math.min(MAX_KEPT_LINE_BYTES, Math.max(bytes, 2 * lines.capacity())));
    }
    return lines.clear().limit(bytes);
  }

  private void rotateIfDue() throws IOException {
    Instant now = clock.instant();
    if (segment != null && (segmentBytes >= config.maxSegmentBytes()
        || !now.isBefore(segmentOpened.plus(config.maxSegmentAge())))) {
      closeSegment();
    }
    if (segment == null) {
      Path file = dir.resolve(Segments.name(nextSeq));
      // Not APPEND: records are written at their offset, over the zeroed space kept ahead.
      segment = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      // Recovery cut the last segment back to its records, so its size is where they end.
      segmentBytes = segment.size();
      segmentOpened = now;
      Recovery.syncDirectory(dir);
      space.attach(segment, segmentBytes, config.maxSegmentBytes() + SegmentSpace.CHUNK);
    }
  }

  /** Cuts the segment back to its records (no zeroed tail in a closed segment) and closes it. */
  private void closeSegment() throws IOException {
    try {
      space.detach();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      if (segment.size() > segmentBytes) {
        segment.truncate(segmentBytes);
        segment.force(true);
      }
    } finally {
      segment.close();
      segment = null;
    }
  }

  private void fail(IOException e) {
    if (broken == null) {
      LOG.error("The audit log failed; every request is refused until restart", e);
      broken = e;
    }
  }

  private void failQueued() {
    AuditUnavailableException closedError = new AuditUnavailableException("the audit log is closed", broken);
    for (Pending p; (p = queue.poll()) != null; ) {
      p.done().completeExceptionally(closedError);
    }
  }

  /** The public key that verifies this log's digests. */
  public byte[] publicKey() {
    return key.publicKey();
  }

  /** Writes what is queued, signs a final digest, and closes the files. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    // No interrupt: it would close the FileChannel under a write in progress. The writer sees
    // the flag within one idle poll.
    try {
      writer.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      if (broken == null) {
        digests.digestIfBehind(nextSeq - 1, head);
      }
      if (segment != null) {
        closeSegment();
      }
      digests.close();
    } catch (IOException e) {
      LOG.error("Closing the audit log failed", e);
    } finally {
      space.close();
    }
  }
}
