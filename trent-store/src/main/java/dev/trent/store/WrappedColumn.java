package dev.trent.store;

import java.util.List;

/**
 * A column holding values wrapped under the root key, and the columns that identify its row.
 *
 * @param table the table
 * @param keyColumns the row's primary key
 * @param column the wrapped column
 */
public record WrappedColumn(String table, List<String> keyColumns, String column) {
  public WrappedColumn {
    keyColumns = List.copyOf(keyColumns);
    for (String name : keyColumns) {
      requireIdentifier(name);
    }
    requireIdentifier(table);
    requireIdentifier(column);
  }

  /** Names go into SQL text: only plain lower-case identifiers are accepted. */
  private static void requireIdentifier(String name) {
    if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("not a plain identifier: " + name);
    }
  }
}
