package dev.trent.core.key;

import dev.trent.store.ReadTransaction;
import dev.trent.store.WrappedColumn;
import java.util.List;
import java.util.Optional;

/**
 * A kind of record that holds a value wrapped under the root key: where the value lives and the
 * associated data it was wrapped with. Root-key rotation and restore re-wrap every registered kind,
 * so a record kind added later (e.g. IAM secrets) registers here in {@link WrappedKinds} and is
 * covered without further code.
 */
public interface WrappedKind {
  String name();

  WrappedColumn column();

  /**
   * The associated data the cell with this row key was wrapped with, or empty when its row no
   * longer exists.
   */
  Optional<byte[]> associatedData(ReadTransaction tx, List<String> rowKey);
}
