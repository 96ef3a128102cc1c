package dev.trent.store.jdbc;

import dev.trent.store.SnapshotLoad;
import dev.trent.store.SnapshotSink;
import dev.trent.store.StoreUnavailableException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Copies every row of every table out of one connection and into another, whatever the schema: the
 * table list and column types come from JDBC metadata. Values travel in a dialect-neutral form
 * (see {@link SnapshotSink}) and are converted to the target column's type on the way in, so a
 * SQLite integer flag becomes a PostgreSQL boolean and back.
 */
final class JdbcSnapshot {
  private JdbcSnapshot() {}

  static void write(Connection c, SnapshotSink sink) throws SQLException {
    for (SchemaTables.Table table : SchemaTables.read(c).tables()) {
      List<String> columns = table.columns();
      sink.table(table.name(), columns);
      String sql = "SELECT " + String.join(", ", columns) + " FROM " + table.name()
          + " ORDER BY " + columns.get(0);
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setFetchSize(1000);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            Object[] row = new Object[columns.size()];
            for (int i = 0; i < row.length; i++) {
              row[i] = neutral(r.getObject(i + 1));
            }
            sink.row(row);
          }
        }
      }
    }
  }

  private static Object neutral(Object v) {
    if (v == null || v instanceof String || v instanceof byte[] || v instanceof Boolean
        || v instanceof Long || v instanceof Double) {
      return v;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof Float f) {
      return f.doubleValue();
    }
    if (v instanceof BigDecimal d) {
      return d.scale() <= 0 ? (Object) d.longValueExact() : (Object) d.doubleValue();
    }
    throw new IllegalStateException("a store column holds a " + v.getClass().getSimpleName()
        + ", which snapshots do not carry");
  }

  /** The loading side: one open transaction on {@code c}, which it owns and closes. */
  static final class Load implements SnapshotLoad {
    private final Connection c;
    private final SchemaTables schema;
    private final Set<String> seedTables;
    private SchemaTables.Table table;
    private int[] types;
    private PreparedStatement insert;
    private long rows;
    private boolean done;

    Load(Connection c, Set<String> seedTables) throws SQLException {
      this.c = c;
      this.schema = SchemaTables.read(c);
      this.seedTables = Set.copyOf(seedTables);
    }

    @Override
    public void table(String name, List<String> columns) {
      try {
        closeInsert();
        table = schema.table(name);
        types = new int[columns.size()];
        for (int i = 0; i < types.length; i++) {
          Integer type = table.columnTypes().get(columns.get(i));
          if (type == null) {
            throw new IllegalStateException("table " + name + " of this store has no column " + columns.get(i)
                + ": the snapshot comes from a newer Trent; load it with that version or newer");
          }
          types[i] = type;
        }
        if (seedTables.contains(name)) {
          // Rows the migrations seeded here: the snapshot's rows, from the original store, win.
          try (PreparedStatement s = c.prepareStatement("DELETE FROM " + name)) {
            s.executeUpdate();
          }
        }
        insert = c.prepareStatement("INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
            + columns.stream().map(x -> "?").collect(Collectors.joining(", ")) + ")");
      } catch (SQLException e) {
        throw new StoreUnavailableException("cannot load table " + name, e);
      }
    }

    @Override
    public void row(Object[] values) {
      if (insert == null || values.length != types.length) {
        throw new IllegalStateException("a snapshot row does not match its table's columns");
      }
      try {
        for (int i = 0; i < values.length; i++) {
          Object v = convert(values[i], types[i]);
          if (v == null) {
            insert.setNull(i + 1, types[i]);
          } else {
            insert.setObject(i + 1, v);
          }
        }
        insert.addBatch();
        if (++rows % 500 == 0) {
          insert.executeBatch();
        }
      } catch (SQLException e) {
        throw new StoreUnavailableException("cannot load a row of " + table.name(), e);
      }
    }

    private static Object convert(Object v, int type) {
      if (v == null) {
        return null;
      }
      return switch (type) {
        case Types.BOOLEAN, Types.BIT -> v instanceof Number n ? n.longValue() != 0 : v;
        case Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.BIGINT, Types.NUMERIC, Types.DECIMAL ->
            v instanceof Boolean b ? (b ? 1L : 0L) : v;
        default -> v instanceof Boolean b && !isText(type) ? (b ? 1L : 0L) : v;
      };
    }

    private static boolean isText(int type) {
      return type == Types.VARCHAR || type == Types.LONGVARCHAR || type == Types.CHAR;
    }

    private void closeInsert() throws SQLException {
      if (insert != null) {
        insert.executeBatch();
        insert.close();
        insert = null;
      }
    }

    @Override
    public long commit() {
      try {
        closeInsert();
        c.commit();
        done = true;
        return rows;
      } catch (SQLException e) {
        throw new StoreUnavailableException("cannot commit the loaded snapshot", e);
      }
    }

    @Override
    public void close() {
      try (c) {
        if (!done) {
          if (insert != null) {
            insert.close();
          }
          c.rollback();
        }
      } catch (SQLException e) {
        throw new StoreUnavailableException("cannot end the snapshot load", e);
      }
    }
  }
}
