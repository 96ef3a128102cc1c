package dev.trent.store.jdbc;

import dev.trent.store.StoreException;
import java.sql.SQLException;

/**
 * What differs between the SQL databases Trent stores in; everything else (every query of every
 * record kind) is written once, in portable SQL, in this package. The portable subset used:
 * {@code INSERT ... ON CONFLICT (...) DO UPDATE/DO NOTHING} with {@code excluded}, {@code LIMIT ?},
 * instants as epoch milliseconds in 64-bit integers, byte arrays bound with {@code setObject}
 * (SQLite BLOB, PostgreSQL bytea), booleans as integers 0/1.
 */
public interface SqlDialect {
  /** A name for messages, e.g. "SQLite". */
  String name();

  /**
   * Appended to the read of a key row inside a write transaction: a row lock where concurrent
   * writers exist (PostgreSQL's {@code FOR UPDATE}), nothing where writes are serial (SQLite).
   * It makes every read-check-write of one key (deletion, expiry, state changes) serial across
   * nodes.
   */
  String lockForWrite();

  /**
   * Classifies a failed statement: a {@link dev.trent.store.StoreConflictException} for a
   * uniqueness violation or a lost race the database detected (serialization failure, deadlock),
   * a {@link dev.trent.store.StoreUnavailableException} for everything else.
   */
  StoreException translate(String what, SQLException e);
}
