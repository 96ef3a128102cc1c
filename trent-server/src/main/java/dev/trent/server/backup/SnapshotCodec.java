package dev.trent.server.backup;

import dev.trent.store.SnapshotSink;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a backup's (decrypted) content, in docs/backup-format.md: tables and rows of a
 * store snapshot, with typed, length-prefixed values, then an end record carrying the row count.
 */
final class SnapshotCodec {
  static final int ROOT_KEY = 'K';
  static final int TABLE = 'T';
  static final int ROW = 'R';
  static final int END = 'E';
  private static final int MAX_LENGTH = 64 << 20;

  private SnapshotCodec() {}

  /** A sink that writes what it receives to {@code out}; call {@link Writer#end()} after the snapshot. */
  static final class Writer implements SnapshotSink {
    private final DataOutputStream out;
    private long rows;

    Writer(DataOutputStream out) {
      this.out = out;
    }

    @Override
    public void table(String name, List<String> columns) {
      try {
        out.writeByte(TABLE);
        text(name);
        out.writeShort(columns.size());
        for (String column : columns) {
          text(column);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void row(Object[] values) {
      try {
        out.writeByte(ROW);
        for (Object v : values) {
          value(v);
        }
        rows++;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    long end() throws IOException {
      out.writeByte(END);
      out.writeLong(rows);
      return rows;
    }

    private void value(Object v) throws IOException {
      if (v == null) {
        out.writeByte(0);
      } else if (v instanceof Long l) {
        out.writeByte(1);
        out.writeLong(l);
      } else if (v instanceof Double d) {
        out.writeByte(2);
        out.writeDouble(d);
      } else if (v instanceof String s) {
        out.writeByte(3);
        text(s);
      } else if (v instanceof byte[] b) {
        out.writeByte(4);
        out.writeInt(b.length);
        out.write(b);
      } else if (v instanceof Boolean b) {
        out.writeByte(5);
        out.writeBoolean(b);
      } else {
        throw new IllegalArgumentException("a snapshot value of type " + v.getClass().getSimpleName());
      }
    }

    private void text(String s) throws IOException {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(b.length);
      out.write(b);
    }
  }

  /**
   * Feeds the table and row records that follow to {@code sink}, up to and including the end
   * record; returns the row count, checked against the end record's.
   */
  static long read(DataInputStream in, SnapshotSink sink) throws IOException {
    long rows = 0;
    int columns = -1;
    while (true) {
      int record = in.readUnsignedByte();
      switch (record) {
        case TABLE -> {
          String name = text(in);
          columns = in.readUnsignedShort();
          List<String> names = new ArrayList<>(columns);
          for (int i = 0; i < columns; i++) {
            names.add(text(in));
          }
          sink.table(name, names);
        }
        case ROW -> {
          if (columns < 0) {
            throw new IOException("the backup's content is malformed: a row before any table");
          }
          Object[] values = new Object[columns];
          for (int i = 0; i < columns; i++) {
            values[i] = value(in);
          }
          sink.row(values);
          rows++;
        }
        case END -> {
          if (in.readLong() != rows) {
            throw new IOException("the backup's content is malformed: row count mismatch");
          }
          return rows;
        }
        default -> throw new IOException("the backup's content is malformed: record " + record);
      }
    }
  }

  private static Object value(DataInputStream in) throws IOException {
    int type = in.readUnsignedByte();
    return switch (type) {
      case 0 -> null;
      case 1 -> in.readLong();
      case 2 -> in.readDouble();
      case 3 -> text(in);
      case 4 -> bytes(in);
      case 5 -> in.readBoolean();
      default -> throw new IOException("the backup's content is malformed: value type " + type);
    };
  }

  static byte[] bytes(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_LENGTH) {
      throw new IOException("the backup's content is malformed: length " + length);
    }
    byte[] b = new byte[length];
    in.readFully(b);
    return b;
  }

  private static String text(DataInputStream in) throws IOException {
    return new String(bytes(in), StandardCharsets.UTF_8);
  }
}
