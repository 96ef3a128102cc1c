package dev.trent.core.rootkey;

import dev.trent.core.key.WrappedKind;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.rootkey.RootKey;
import dev.trent.store.Store;
import dev.trent.store.StoreMaintenance;
import dev.trent.store.WrappedCell;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Re-wraps every wrapped value of every registered kind from one root key to another, in batches,
 * each replacement a compare-and-set. Idempotent and resumable: a value the new key wrapped
 * already (its header names the new key) is skipped, so running it again after an interruption
 * finishes the job. The wrapped secrets themselves never change, so every ciphertext made under
 * them still decrypts.
 */
public final class RootKeyRewrap {
  private static final int BATCH = 500;
  private static final int MAX_PASSES = 5;

  private final Store store;
  private final List<WrappedKind> kinds;
  private final int batchSize;

  public RootKeyRewrap(Store store, List<WrappedKind> kinds) {
    this(store, kinds, BATCH);
  }

  RootKeyRewrap(Store store, List<WrappedKind> kinds, int batchSize) {
    this.store = store;
    this.kinds = List.copyOf(kinds);
    this.batchSize = batchSize;
  }

  /** Counts per kind name of the values re-wrapped. */
  public record Result(Map<String, Long> rewrapped) {
    public Result {
      rewrapped = Map.copyOf(rewrapped);
    }

    public long total() {
      return rewrapped.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * Re-wraps until a full pass finds nothing left under {@code from}.
   *
   * @param progress told after each batch how many values were re-wrapped so far
   * @throws IllegalStateException when a value unwraps under neither key (damaged, or wrapped under
   *     a third key)
   */
  public Result run(RootKey from, RootKey to, Consumer<Long> progress) {
    java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
    long[] total = {0};
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      long before = total[0];
      int[] pending = {0};
      for (WrappedKind kind : kinds) {
        store.maintenance().scanWrapped(kind.column(), batchSize, batch -> {
          int replaced = rewrapBatch(kind, batch, from, to, pending);
          counts.merge(kind.name(), (long) replaced, Long::sum);
          total[0] += replaced;
          progress.accept(total[0]);
        });
      }
      if (pending[0] == 0) {
        kinds.forEach(k -> counts.putIfAbsent(k.name(), 0L));
        return new Result(counts);
      }
      if (total[0] == before) {
        break;
      }
    }
    throw new IllegalStateException("values keep changing under the old root key while re-wrapping:"
        + " stop every Trent server using this store, then run the rotation again");
  }

  private int rewrapBatch(WrappedKind kind, List<WrappedCell> batch, RootKey from, RootKey to, int[] pending) {
    StoreMaintenance maintenance = store.maintenance();
    List<WrappedCell> todo = batch.stream()
        .filter(c -> !RootKey.wrappedBy(c.wrapped()).equals(Optional.of(to.id())))
        .toList();
    if (todo.isEmpty()) {
      return 0;
    }
    List<WrappedCell.Replacement> replacements = store.read(tx -> {
      List<WrappedCell.Replacement> out = new ArrayList<>();
      for (WrappedCell cell : todo) {
        Optional<byte[]> aad = kind.associatedData(tx, cell.key());
        if (aad.isEmpty()) {
          continue; // the row went away: nothing left to protect
        }
        try (SecretBytes secret = from.unwrap(cell.wrapped(), aad.get())) {
          out.add(new WrappedCell.Replacement(cell, to.wrap(secret, aad.get())));
        } catch (GeneralSecurityException e) {
          throw new IllegalStateException("a wrapped " + kind.name() + " " + cell.key()
              + " does not unwrap under the old root key: the data is damaged or wrapped under another key");
        }
      }
      return out;
    });
    int replaced = maintenance.replaceWrapped(kind.column(), replacements);
    pending[0] += replacements.size() - replaced;
    return replaced;
  }
}
