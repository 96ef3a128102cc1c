package dev.trent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SyncedLogTest {
  @TempDir
  Path tmp;

  @Test
  @Timeout(30)
  void eachReplyRunsOnceItsRecordIsWritten_inOrder_andCloseDeletesTheFile() throws Exception {
    int replies = 3_000;
    List<Integer> ran = new CopyOnWriteArrayList<>();
    CountDownLatch done = new CountDownLatch(replies);
    Path file;
    try (SyncedLog log = SyncedLog.open(tmp)) {
      file = onlyFile();
      long allocated = Files.size(file);
      for (int i = 0; i < replies; i++) {
        int n = i;
        log.append(() -> {
          ran.add(n);
          done.countDown();
        });
      }
      assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
      assertThat(ran).hasSize(replies).isSorted();
      // Written over the space allocated up front: the file did not grow.
      assertThat(Files.size(file)).isEqualTo(allocated);
      byte[] start = Files.readAllBytes(file);
      int written = replies * SyncedLog.RECORD_BYTES;
      assertThat(start[written - 1]).isEqualTo((byte) '\n');
      assertThat(start[written - 2]).isEqualTo((byte) 'a');
      assertThat(start[written]).isZero();
    }
    assertThat(file).doesNotExist();
  }

  private Path onlyFile() throws Exception {
    try (Stream<Path> files = Files.list(tmp)) {
      List<Path> all = files.toList();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
  }
}
