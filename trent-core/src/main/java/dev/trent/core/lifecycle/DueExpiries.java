package dev.trent.core.lifecycle;

import dev.trent.core.key.KeyState;
import dev.trent.core.events.KeyEvent;
import dev.trent.core.events.KeyEventPublisher;
import dev.trent.store.Store;
import dev.trent.store.StoredImport;
import dev.trent.store.StoredKey;
import dev.trent.store.StoreConflictException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expiry of imported key material at its ValidTo: the material is deleted and, unless it was only
 * pending rotation, the key goes to PendingImport by itself (a key pending deletion stays so). The optimistic update of the key row
 * is the claim: of two runners, one commits and the other conflicts and skips.
 */
final class DueExpiries implements DueWork {
  private static final Logger LOG = LoggerFactory.getLogger(DueExpiries.class);
  private static final int BATCH = 500;

  private final Store store;
  private final KeyEventPublisher events;

  DueExpiries(Store store, KeyEventPublisher events) {
    this.store = store;
    this.events = events;
  }

  @Override
  public String name() {
    return "imported material expiry";
  }

  @Override
  public int runDue(Instant now) {
    int expired = 0;
    List<String> due;
    int progress;
    do {
      due = store.read(tx -> tx.keysDueForExpiry(now, BATCH));
      progress = 0;
      for (String keyId : due) {
        Optional<StoredKey> done = expireIfStillDue(keyId, now);
        if (done.isPresent()) {
          progress++;
          events.publish(KeyEvent.of(KeyEvent.EXPIRATION, done.get(), now));
          LOG.info("Imported key material of key {} expired", keyId);
        }
      }
      expired += progress;
    } while (due.size() == BATCH && progress > 0);
    return expired;
  }

  private Optional<StoredKey> expireIfStillDue(String keyId, Instant now) {
    try {
      return store.write(tx -> {
        var key = tx.key(keyId);
        List<StoredImport> expired = tx.importedMaterials(keyId).stream()
            .filter(i -> i.validTo() != null && !i.validTo().isAfter(now)).toList();
        if (key.isEmpty() || expired.isEmpty()) {
          return Optional.<StoredKey>empty();
        }
        expired.forEach(i -> tx.deleteImportedMaterial(keyId, i.materialId()));
        // Material pending rotation is not permanently associated: its expiry leaves the key as it is.
        boolean associated = expired.stream().anyMatch(i -> !i.pendingRotation());
        KeyState state = KeyState.of(key.get().keyState());
        if (associated && state != KeyState.PENDING_DELETION && state != KeyState.PENDING_IMPORT) {
          tx.updateKey(key.get().withState(KeyState.PENDING_IMPORT.wireName(), null, null));
        }
        return key;
      });
    } catch (StoreConflictException e) {
      return Optional.empty(); // another runner, or a request, changed the key first; it is re-read next run
    }
  }
}
