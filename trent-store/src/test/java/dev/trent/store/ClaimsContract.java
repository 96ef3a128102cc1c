package dev.trent.store;

import static dev.trent.store.StoreFixtures.key;
import static dev.trent.store.StoreFixtures.keyId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Claims: a write that reads a key, checks it and changes it acts on what it read, even when many
 * writers (on one node or several) race for the same key. This is what makes scheduled deletion
 * and expiry run once across nodes.
 */
public interface ClaimsContract extends StoreUnderTest {
  @Test
  default void racingReadCheckDelete_deletesOnce() throws Exception {
    int writers = 8;
    for (int round = 0; round < 5; round++) {
      String id = keyId(100 + round);
      write(tx -> tx.insertKey(key(id)));
      CyclicBarrier start = new CyclicBarrier(writers);
      ExecutorService pool = Executors.newFixedThreadPool(writers);
      try {
        List<Future<Integer>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
          results.add(pool.submit(() -> {
            start.await();
            return store().write(tx -> tx.key(id).map(k -> {
              tx.deleteKey(id);
              return 1;
            }).orElse(0));
          }));
        }
        int deletions = 0;
        for (Future<Integer> r : results) {
          deletions += r.get(30, TimeUnit.SECONDS);
        }

        assertThat(deletions).as("round %d", round).isEqualTo(1);
        assertThat(wasDeleted(id)).isTrue();
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
