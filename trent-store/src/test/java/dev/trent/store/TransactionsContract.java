package dev.trent.store;

import static dev.trent.store.StoreFixtures.ACCOUNT;
import static dev.trent.store.StoreFixtures.REGION;
import static dev.trent.store.StoreFixtures.alias;
import static dev.trent.store.StoreFixtures.key;
import static dev.trent.store.StoreFixtures.keyId;
import static dev.trent.store.StoreFixtures.material;
import static dev.trent.store.StoreFixtures.materialId;
import static dev.trent.store.StoreFixtures.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Atomicity, isolation and concurrency of {@link Store#read} and {@link Store#write}. */
public interface TransactionsContract extends StoreUnderTest {
  /** Upper bound for any one concurrent step; a hang fails the test instead of the build. */
  long TIMEOUT_SECONDS = 30;

  @Test
  default void readAndWrite_returnTheCallbacksResult() {
    String written = store().write(tx -> {
      tx.insertKey(key(keyId(1)));
      return "written";
    });

    assertThat(written).isEqualTo("written");
    String read = store().read(tx -> tx.key(keyId(1)).orElseThrow().keyId());
    assertThat(read).isEqualTo(keyId(1));
  }

  @Test
  default void committedWrite_isSeenByLaterReadsAndWrites() {
    write(tx -> tx.insertKey(key(keyId(1))));

    assertThat(storedKey(keyId(1))).contains(key(keyId(1)));
    Optional<StoredKey> seenByWrite = store().write(tx -> tx.key(keyId(1)));
    assertThat(seenByWrite).contains(key(keyId(1)));
  }

  @Test
  default void writeSeesItsOwnUncommittedChanges() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.putTag(tag(keyId(1), "env", "prod"));
      assertThat(tx.key(keyId(1))).isPresent();
      assertThat(tx.tags(keyId(1))).hasSize(1);
    });
  }

  @Test
  default void writeThatThrows_leavesNoTraceAndRethrowsUnchanged() {
    seedOneKeyWithEverything();
    List<Object> before = snapshot();
    IllegalStateException failure = new IllegalStateException("callback failed");

    assertThatThrownBy(() -> write(tx -> {
      changeEverything(tx);
      throw failure;
    })).isSameAs(failure);

    assertThat(snapshot()).isEqualTo(before);
    write(tx -> tx.insertKey(key(keyId(3))));
    assertThat(storedKey(keyId(3))).isPresent();
  }

  @Test
  default void writeThatThrowsAnError_leavesNoTraceAndRethrowsUnchanged() {
    seedOneKeyWithEverything();
    List<Object> before = snapshot();
    AssertionError failure = new AssertionError("callback failed");
    ExecutorService caller = Executors.newSingleThreadExecutor();
    try {
      // On another thread, so a store that never answers fails this test instead of hanging it.
      Future<Throwable> thrown = caller.submit(() -> catchThrowable(() -> write(tx -> {
        changeEverything(tx);
        throw failure;
      })));

      assertThat(await(thrown)).isSameAs(failure);
    } finally {
      caller.shutdownNow();
    }
    assertThat(snapshot()).isEqualTo(before);
    write(tx -> tx.insertKey(key(keyId(3))));
    assertThat(storedKey(keyId(3))).isPresent();
  }

  @Test
  default void conflictMidWrite_rollsBackEarlierChanges() {
    seedOneKeyWithEverything();
    List<Object> before = snapshot();

    assertThatThrownBy(() -> write(tx -> {
      changeEverything(tx);
      tx.insertKey(key(keyId(1)));
    })).isInstanceOf(StoreConflictException.class);

    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  default void uncommittedWrite_isInvisibleToConcurrentReaders() {
    ExecutorService reader = Executors.newSingleThreadExecutor();
    try {
      write(tx -> {
        tx.insertKey(key(keyId(1)));
        Optional<StoredKey> seen = await(reader.submit(() -> storedKey(keyId(1))));
        assertThat(seen).isEmpty();
      });
      assertThat(await(reader.submit(() -> storedKey(keyId(1))))).isPresent();
    } finally {
      reader.shutdownNow();
    }
  }

  @Test
  default void concurrentWritersFromManyThreads_allLand() {
    int threads = 8;
    int perThread = 50;
    List<String> written = runConcurrently(threads, t -> {
      List<String> mine = new ArrayList<>();
      for (int i = 0; i < perThread; i++) {
        String id = keyId(t * 1000 + i);
        write(tx -> tx.insertKey(key(id)));
        mine.add(id);
      }
      return mine;
    });

    assertThat(listedKeys(ACCOUNT, REGION, null, 10_000))
        .extracting(StoredKey::keyId)
        .hasSize(threads * perThread)
        .containsExactlyInAnyOrderElementsOf(written);
  }

  @Test
  default void concurrentWritersSomeFailing_onlyTheSuccessfulOnesLand() {
    int threads = 8;
    int perThread = 40;
    List<String> landed = runConcurrently(threads, t -> {
      List<String> mine = new ArrayList<>();
      for (int i = 0; i < perThread; i++) {
        String id = keyId(t * 1000 + i);
        boolean fail = i % 3 == 1;
        try {
          write(tx -> {
            tx.insertKey(key(id));
            tx.putTag(tag(id, "writer", String.valueOf(t)));
            if (fail) {
              throw new IllegalStateException("planned failure");
            }
          });
          mine.add(id);
        } catch (IllegalStateException expected) {
          assertThat(fail).isTrue();
        }
      }
      return mine;
    });

    assertThat(landed).hasSize(threads * (perThread - perThread / 3));
    assertThat(listedKeys(ACCOUNT, REGION, null, 10_000))
        .extracting(StoredKey::keyId)
        .containsExactlyInAnyOrderElementsOf(landed);
    assertThat(storedTags(landed.get(0))).hasSize(1);
    assertThat(storedTags(keyId(1))).isEmpty();
  }

  @Test
  default void concurrentOptimisticUpdates_loseNoUpdate() {
    write(tx -> tx.insertKey(key(keyId(1)).withDescription("0")));
    int threads = 4;
    int perThread = 25;

    runConcurrently(threads, t -> {
      for (int i = 0; i < perThread; i++) {
        while (true) {
          StoredKey seen = storedKey(keyId(1)).orElseThrow();
          String next = String.valueOf(Integer.parseInt(seen.description()) + 1);
          try {
            write(tx -> tx.updateKey(seen.withDescription(next)));
            break;
          } catch (StoreConflictException lost) {
            // Another thread updated first: read again and retry.
          }
        }
      }
      return List.of();
    });

    StoredKey last = storedKey(keyId(1)).orElseThrow();
    assertThat(last.description()).isEqualTo(String.valueOf(threads * perThread));
    assertThat(last.version()).isEqualTo(1 + threads * perThread);
  }

  /** One task per thread, all released at once; returns the concatenated results. */
  private List<String> runConcurrently(int threads, ThreadTask task) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> futures = IntStream.range(0, threads)
          .mapToObj(t -> pool.submit((Callable<List<String>>) () -> {
            start.await();
            return task.run(t);
          }))
          .toList();
      start.countDown();
      List<String> all = new ArrayList<>();
      futures.forEach(f -> all.addAll(await(f)));
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The work of one thread in {@link #runConcurrently}. */
  interface ThreadTask {
    List<String> run(int thread);
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("concurrent task failed", e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("concurrent task did not finish in " + TIMEOUT_SECONDS + "s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private void seedOneKeyWithEverything() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertKey(key(keyId(2)));
      tx.insertMaterial(material(keyId(1), materialId(1), new byte[] {1, 2, 3}));
      tx.insertAlias(alias("alias/seeded", keyId(1)));
      tx.putTag(tag(keyId(1), "env", "prod"));
      tx.putTag(tag(keyId(1), "team", "payments"));
    });
  }

  /** Every kind of write, each of which {@link #snapshot} would notice. */
  private static void changeEverything(WriteTransaction tx) {
    tx.insertKey(key(keyId(3)));
    tx.updateKey(tx.key(keyId(1)).orElseThrow().withDescription("changed"));
    tx.insertMaterial(material(keyId(1), materialId(2), new byte[] {4}));
    tx.insertAlias(alias("alias/new", keyId(3)));
    tx.updateAlias(alias("alias/seeded", keyId(2)));
    tx.putTag(tag(keyId(1), "env", "test"));
    tx.putTag(tag(keyId(3), "env", "prod"));
    tx.deleteTag(keyId(1), "team");
    tx.deleteKey(keyId(2));
  }

  private List<Object> snapshot() {
    return read(tx -> List.of(
        tx.keys(ACCOUNT, REGION, null, 100),
        tx.aliases(ACCOUNT, REGION, null, null, 100),
        tx.material(keyId(1), materialId(1)),
        tx.material(keyId(1), materialId(2)),
        tx.tags(keyId(1)),
        tx.tags(keyId(3)),
        tx.wasDeleted(keyId(2))));
  }
}
