package dev.trent.core.lifecycle;

import java.time.Instant;

/**
 * One kind of scheduled work whose due dates live in the store. Implementations find what is due,
 * then handle each item in its own write transaction that re-checks the item and claims it in the
 * store, so an item runs once even when several nodes share a store or a run is repeated.
 */
interface DueWork {
  /** A name for logs. */
  String name();

  /** Handles every item due at or before {@code now}; returns how many it handled. */
  int runDue(Instant now);
}
