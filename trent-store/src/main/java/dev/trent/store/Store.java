package dev.trent.store;

import java.util.function.Function;

/**
 * Durable storage of keys, materials, aliases and tags.
 *
 * <p>Implementations pass {@code StoreContract} in this module's test kit. A {@link #write} that
 * returns has been made durable (fsync or equivalent) before it returns. Storage is untrusted:
 * material reaches it only wrapped. Thread-safe.
 */
public interface Store extends AutoCloseable {
  <T> T read(Function<ReadTransaction, T> work);

  <T> T write(Function<WriteTransaction, T> work);

  /** Settings, snapshots and wrapped-column maintenance, for the operator commands. */
  StoreMaintenance maintenance();

  /** The changes committed through this store and, where it is shared, through other nodes. */
  ChangeFeed changes();

  @Override
  void close();
}
