package dev.trent.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What operators' commands need from a store, beyond the request path's transactions: settings
 * shared by every node (root-key parameters and check value), a complete snapshot and its loading
 * (backup, restore, migration between backends), and the scan and replacement of wrapped columns
 * (root-key rotation).
 *
 * <p>Snapshot and load are generic: they cover every table of the schema, so a record kind added
 * later is backed up, restored and migrated without code changes. Thread-safe; snapshot and load
 * are meant for a store no server is writing to.
 */
public interface StoreMaintenance {
  Optional<String> setting(String name);

  /**
   * Atomically checks and changes settings: succeeds only when every name in {@code expected} has
   * the expected value ({@code Optional.empty()}: absent), then applies {@code changes} (empty:
   * delete). The compare-and-set that keeps nodes sharing a store from racing.
   *
   * @return false when some expected value did not match; nothing changed then
   */
  boolean replaceSettings(Map<String, Optional<String>> expected, Map<String, Optional<String>> changes);

  /**
   * True when the store holds no records: only what its migrations put there (e.g. the date a
   * feature's tracking began), and no settings.
   */
  boolean isEmpty();

  /**
   * Streams every row of every table, in one read transaction (a consistent snapshot), tables in
   * foreign-key order (a table after the tables it references).
   */
  void snapshot(SnapshotSink sink);

  /**
   * Starts loading a snapshot into this store, which must be {@linkplain #isEmpty() empty}; nothing
   * is visible until {@link SnapshotLoad#commit()}, and closing without committing leaves the
   * store empty.
   *
   * @throws IllegalStateException when the store is not empty
   */
  SnapshotLoad load();

  /**
   * At most {@code limit} cells of a wrapped column in row-key order, strictly after the row key
   * {@code afterKey} (null: from the start), read in one transaction.
   */
  List<WrappedCell> wrappedPage(WrappedColumn column, List<String> afterKey, int limit);

  /**
   * Visits every value of a wrapped column, in batches of at most {@code batchSize}, each batch
   * read in one transaction. The visitor may {@linkplain #replaceWrapped replace} cells.
   */
  default void scanWrapped(WrappedColumn column, int batchSize, Consumer<List<WrappedCell>> batch) {
    List<String> after = null;
    while (true) {
      List<WrappedCell> cells = wrappedPage(column, after, batchSize);
      if (cells.isEmpty()) {
        return;
      }
      batch.accept(cells);
      if (cells.size() < batchSize) {
        return;
      }
      after = cells.get(cells.size() - 1).key();
    }
  }

  /**
   * Replaces wrapped values in one transaction, each only if the cell still holds its old value.
   *
   * @return how many cells were replaced (the others changed or vanished meanwhile)
   */
  int replaceWrapped(WrappedColumn column, List<WrappedCell.Replacement> replacements);
}
