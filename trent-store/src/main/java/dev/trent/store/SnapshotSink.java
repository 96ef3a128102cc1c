package dev.trent.store;

import java.util.List;

/**
 * Receives a store's snapshot: for each table its name and columns, then its rows. Values are
 * dialect-neutral: {@code null}, {@link Long}, {@link Double}, {@link String}, {@code byte[]} or
 * {@link Boolean}, one per column in the announced order.
 */
public interface SnapshotSink {
  void table(String name, List<String> columns);

  void row(Object[] values);
}
