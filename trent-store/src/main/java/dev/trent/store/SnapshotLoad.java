package dev.trent.store;

/**
 * A snapshot being loaded into an empty store in one transaction. Columns the target has but the
 * snapshot lacks take their defaults (a backup of an older schema); a table or column the target
 * does not know is refused (a backup of a newer Trent).
 */
public interface SnapshotLoad extends SnapshotSink, AutoCloseable {
  /** Makes everything loaded visible and durable; returns the number of rows loaded. */
  long commit();

  /** Rolls back unless committed. */
  @Override
  void close();
}
