package dev.trent.core.lifecycle;

import dev.trent.core.key.KeyState;
import dev.trent.store.Store;
import java.time.Instant;
import java.util.List;
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

  DueDeletions(Store store) {
    this.store = store;
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
        boolean gone = store.write(tx -> tx.key(keyId)
            .filter(k -> KeyState.of(k.keyState()) == KeyState.PENDING_DELETION)
            .filter(k -> k.deletionDate() != null && !k.deletionDate().isAfter(now))
            .map(k -> {
              tx.deleteKey(keyId);
              return true;
            })
            .orElse(false));
        if (gone) {
          progress++;
          LOG.info("Deleted key {} at the end of its waiting period", keyId);
        }
      }
      deleted += progress;
    } while (due.size() == BATCH && progress > 0);
    return deleted;
  }
}
