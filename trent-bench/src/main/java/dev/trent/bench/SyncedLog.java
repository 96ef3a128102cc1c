package dev.trent.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The durable limit's log: each reply waits for a record of its own to be on disk, committed the
 * way Trent's audit log commits (one writer thread takes every record waiting, writes them over
 * space already allocated, fdatasyncs once, then releases their replies) and with records of an
 * Encrypt audit record's size. Nothing else: no hashing, no signing, no JSON. What a request
 * costs here is the HTTP exchange plus making one record durable before the reply, the least any
 * server that audits before it answers can spend on this machine.
 */
final class SyncedLog implements AutoCloseable {
  /** About the size of one Encrypt's audit record in Trent's log (1,079 bytes on average). */
  static final int RECORD_BYTES = 1_080;
  /** Written with zeros and synced before the first record; records wrap around within it. */
  private static final long FILE_BYTES = 64L << 20;
  private static final int MAX_BATCH = 1024;

  private final Path path;
  private final FileChannel file;
  private final BlockingQueue<Runnable> waiting = new LinkedBlockingQueue<>();
  private final ByteBuffer records;
  private final Thread writer;
  private volatile boolean closed;
  private long position;

  private SyncedLog(Path path, FileChannel file) {
    this.path = path;
    this.file = file;
    byte[] record = new byte[RECORD_BYTES];
    Arrays.fill(record, (byte) 'a');
    record[RECORD_BYTES - 1] = '\n';
    this.records = ByteBuffer.allocateDirect(RECORD_BYTES * MAX_BATCH);
    for (int i = 0; i < MAX_BATCH; i++) {
      records.put(record);
    }
    this.writer = new Thread(this::run, "limit-log-writer");
    writer.setDaemon(true);
  }

  /** A new log file in {@code dir}, its space allocated and synced; deleted on close. */
  static SyncedLog open(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path path = Files.createTempFile(dir, "limit-log-", ".bin");
    FileChannel file = FileChannel.open(path, StandardOpenOption.WRITE);
    ByteBuffer zeros = ByteBuffer.allocateDirect(1 << 20);
    for (long at = 0; at < FILE_BYTES; at += zeros.capacity()) {
      zeros.clear();
      while (zeros.hasRemaining()) {
        file.write(zeros, at + zeros.position());
      }
    }
    file.force(true);
    SyncedLog log = new SyncedLog(path, file);
    log.writer.start();
    return log;
  }

  /** Runs {@code reply} on the writer once a record for it is durable. */
  void append(Runnable reply) {
    waiting.add(reply);
  }

  private void run() {
    List<Runnable> batch = new ArrayList<>(MAX_BATCH);
    try {
      while (!closed) {
        Runnable first = waiting.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        waiting.drainTo(batch, MAX_BATCH - 1);
        commit(batch.size());
        batch.forEach(Runnable::run);
        batch.clear();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void commit(int count) throws IOException {
    int bytes = count * RECORD_BYTES;
    if (position + bytes > FILE_BYTES) {
      position = 0;
    }
    ByteBuffer out = records.duplicate().clear().limit(bytes);
    while (out.hasRemaining()) {
      position += file.write(out, position);
    }
    file.force(false);
  }

  @Override
  public void close() {
    closed = true;
    try {
      writer.join(1_000);
      file.close();
      Files.deleteIfExists(path);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
