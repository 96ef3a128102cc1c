package dev.trent.store;

import java.util.function.Consumer;

/**
 * The committed changes of a {@link Store}, for caches to stay coherent. A change made through
 * this node's store reaches listeners before its {@code write} returns (read-your-writes on one
 * node); a change made by another node sharing the store reaches them shortly after it commits
 * there (PostgreSQL: LISTEN/NOTIFY, within milliseconds). When changes may have been missed (the
 * connection that hears them was lost), listeners receive {@link StoreChange#ANYTHING}, repeatedly
 * while the feed is deaf, so a cache never trusts an entry it might not hear about.
 *
 * <p>Listeners run on the thread that learned of the change: they must be quick and must not
 * throw (a throwing listener is logged and skipped) and must not call the store.
 */
public interface ChangeFeed {
  /** Calls {@code listener} for every change from now on, until the subscription is closed. */
  Subscription subscribe(Consumer<StoreChange> listener);

  /** Stops a listener's calls. */
  interface Subscription extends AutoCloseable {
    @Override
    void close();
  }
}
