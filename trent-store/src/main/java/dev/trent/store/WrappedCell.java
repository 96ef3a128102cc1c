package dev.trent.store;

import java.util.Arrays;
import java.util.List;

/**
 * One value of a {@link WrappedColumn} with its row's key values (strings, in key-column order).
 */
public record WrappedCell(List<String> key, byte[] wrapped) {
  public WrappedCell {
    key = List.copyOf(key);
    wrapped = wrapped.clone();
  }

  @Override
  public byte[] wrapped() {
    return wrapped.clone();
  }

  /** The cell's new value; replaced only if the cell still holds {@code old}'s value. */
  public record Replacement(WrappedCell old, byte[] wrapped) {
    public Replacement {
      wrapped = wrapped.clone();
    }

    @Override
    public byte[] wrapped() {
      return wrapped.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Replacement r && r.old.equals(old) && Arrays.equals(r.wrapped, wrapped);
    }

    @Override
    public int hashCode() {
      return old.hashCode();
    }

    @Override
    public String toString() {
      return "Replacement[" + old + "]";
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WrappedCell c && c.key.equals(key) && Arrays.equals(c.wrapped, wrapped);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return "WrappedCell" + key;
  }
}
