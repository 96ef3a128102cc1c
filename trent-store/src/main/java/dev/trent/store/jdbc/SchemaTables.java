package dev.trent.store.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of a store's schema as JDBC metadata describes them, ordered so that every table comes
 * after the tables its foreign keys reference: the order to insert in. The migration tool's own
 * bookkeeping and the engine's internal tables are left out.
 */
record SchemaTables(List<Table> tables) {
  /** A table: its columns in declared order with their {@link java.sql.Types} codes. */
  record Table(String name, Map<String, Integer> columnTypes) {
    List<String> columns() {
      return List.copyOf(columnTypes.keySet());
    }
  }

  SchemaTables {
    tables = List.copyOf(tables);
  }

  static SchemaTables read(Connection c) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    String schema = c.getSchema();
    Set<String> names = new TreeSet<>();
    try (ResultSet r = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (r.next()) {
        String name = r.getString("TABLE_NAME");
        if (!ignored(name)) {
          names.add(name);
        }
      }
    }
    Map<String, Set<String>> parents = new TreeMap<>();
    for (String name : names) {
      Set<String> refs = new TreeSet<>();
      try (ResultSet r = meta.getImportedKeys(null, schema, name)) {
        while (r.next()) {
          String parent = r.getString("PKTABLE_NAME");
          if (!parent.equals(name)) {
            refs.add(parent);
          }
        }
      }
      parents.put(name, refs);
    }
    List<Table> ordered = new ArrayList<>();
    for (String name : dependencyOrder(parents)) {
      ordered.add(new Table(name, columns(meta, schema, name)));
    }
    return new SchemaTables(ordered);
  }

  Table table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException("this store has no table " + name
            + ": the snapshot comes from a newer Trent; load it with that version or newer"));
  }

  private static boolean ignored(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.startsWith("sqlite_") || n.equals("flyway_schema_history");
  }

  private static Map<String, Integer> columns(DatabaseMetaData meta, String schema, String table)
      throws SQLException {
    Map<String, Integer> out = new LinkedHashMap<>();
    Map<Integer, String> byPosition = new TreeMap<>();
    Map<String, Integer> types = new LinkedHashMap<>();
    try (ResultSet r = meta.getColumns(null, schema, table, "%")) {
      while (r.next()) {
        if (!table.equals(r.getString("TABLE_NAME"))) {
          continue; // the name is a LIKE pattern: '_' matches any character
        }
        String column = r.getString("COLUMN_NAME");
        byPosition.put(r.getInt("ORDINAL_POSITION"), column);
        types.put(column, r.getInt("DATA_TYPE"));
      }
    }
    for (String column : byPosition.values()) {
      out.put(column, types.get(column));
    }
    return out;
  }

  /** Kahn's algorithm, alphabetical among equals so the order is stable; refuses cycles. */
  private static List<String> dependencyOrder(Map<String, Set<String>> parents) {
    List<String> out = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    while (placed.size() < parents.size()) {
      boolean progress = false;
      for (Map.Entry<String, Set<String>> e : parents.entrySet()) {
        if (!placed.contains(e.getKey()) && placed.containsAll(
            e.getValue().stream().filter(parents::containsKey).toList())) {
          placed.add(e.getKey());
          out.add(e.getKey());
          progress = true;
          break;
        }
      }
      if (!progress) {
        throw new IllegalStateException("foreign keys form a cycle among " + parents.keySet());
      }
    }
    return out;
  }
}
