package dev.trent.store.jdbc;

import dev.trent.store.ChangeFeed;
import dev.trent.store.StoreChange;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands each published change to every subscribed listener, in subscription order. Thread-safe. */
public final class ChangeFanout implements ChangeFeed {
  private static final Logger LOG = LoggerFactory.getLogger(ChangeFanout.class);

  private final List<Consumer<StoreChange>> listeners = new CopyOnWriteArrayList<>();

  @Override
  public Subscription subscribe(Consumer<StoreChange> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  public void publish(Collection<StoreChange> changes) {
    for (StoreChange change : changes) {
      publish(change);
    }
  }

  public void publish(StoreChange change) {
    for (Consumer<StoreChange> listener : listeners) {
      try {
        listener.accept(change);
      } catch (RuntimeException e) {
        LOG.error("A change listener failed on {}", change.kind(), e);
      }
    }
  }
}
