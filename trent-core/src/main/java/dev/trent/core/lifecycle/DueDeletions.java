package dev.trent.core.lifecycle;

import dev.trent.core.key.KeyState;
import dev.trent.core.events.KeyEvent;
import dev.trent.core.events.KeyEventPublisher;
import dev.trent.store.Store;
import dev.trent.store.StoredKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes keys whose waiting period has passed, with their materials, aliases and tags. Each
 * deletion re-checks the key in its own transaction, so a CancelKeyDeletion that commits first
 * always wins, and the deletion itself is the claim: a second runner finds no key.
 */
final class DueDeletions implements DueWork {
  private static final Logger LOG = LoggerFactory.getLogger(DueDeletions.class);
  private static final int BATCH = 500;

  private final Store store;
  private final KeyEventPublisher events;

  DueDeletions(Store store, KeyEventPublisher events) {
    this.store = store;
    this.events = events;
  }

  @Override
  public String name() {
    return "key deletion";
  }

  @Override
  public int runDue(Instant now) {
    int deleted = 0;
    List<String> due;
    int progress;
    do {
      due = store.read(tx -> tx.keysDueForDeletion(now, BATCH));
      progress = 0;
      for (String keyId : due) {
        Optional<StoredKey> gone = store.write(tx -> tx.key(keyId)
            .filter(k -> KeyState.of(k.keyState()) == KeyState.PENDING_DELETION)
            .filter(k -> k.deletionDate() != null && !k.deletionDate().isAfter(now))
            .map(k -> {
              tx.deleteKey(keyId);
              return k;
            }));
        if (gone.isPresent()) {
          progress++;
          events.publish(KeyEvent.of(KeyEvent.DELETION, gone.get(), now));
          LOG.info("Deleted key {} at the end of its waiting period", keyId);
        }
      }
      deleted += progress;
    } while (due.size() == BATCH && progress > 0);
    return deleted;
  }
}
