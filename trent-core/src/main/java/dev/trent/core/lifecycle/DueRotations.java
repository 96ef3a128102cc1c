package dev.trent.core.lifecycle;

import dev.trent.core.key.KeyState;
import dev.trent.core.key.MaterialRotation;
import dev.trent.core.events.KeyEvent;
import dev.trent.core.events.KeyEventPublisher;
import dev.trent.store.Store;
import dev.trent.store.StoreConflictException;
import dev.trent.store.StoredKey;
import dev.trent.store.StoredRotationSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Automatic rotation of keys whose NextRotationDate has come. A key that was due while the server
 * was down rotates once at the next run, not once per missed period, and its next date counts one
 * period from that rotation. Disabled keys wait until they are enabled again.
 */
final class DueRotations implements DueWork {
  private static final Logger LOG = LoggerFactory.getLogger(DueRotations.class);
  private static final int BATCH = 500;

  private final Store store;
  private final MaterialRotation rotation;
  private final KeyEventPublisher events;

  DueRotations(Store store, MaterialRotation rotation, KeyEventPublisher events) {
    this.store = store;
    this.rotation = rotation;
    this.events = events;
  }

  @Override
  public String name() {
    return "automatic rotation";
  }

  @Override
  public int runDue(Instant now) {
    int rotated = 0;
    List<String> due;
    int progress;
    do {
      due = store.read(tx -> tx.keysDueForRotation(now, BATCH));
      progress = 0;
      for (String keyId : due) {
        Optional<StoredKey> done = rotateIfStillDue(keyId, now);
        if (done.isPresent()) {
          progress++;
          events.publish(KeyEvent.of(KeyEvent.ROTATION, done.get(), now));
          LOG.info("Rotated key {} automatically", keyId);
        }
      }
      rotated += progress;
    } while (due.size() == BATCH && progress > 0);
    return rotated;
  }

  private Optional<StoredKey> rotateIfStillDue(String keyId, Instant now) {
    try {
      return claimAndRotate(keyId, now);
    } catch (StoreConflictException e) {
      return Optional.empty(); // another runner or a request changed the key first; it is re-read next run
    }
  }

  private Optional<StoredKey> claimAndRotate(String keyId, Instant now) {
    return store.write(tx -> {
      Optional<StoredKey> key = tx.key(keyId)
          .filter(k -> KeyState.of(k.keyState()) == KeyState.ENABLED);
      Optional<StoredRotationSchedule> schedule = tx.rotationSchedule(keyId)
          .filter(s -> !s.nextRotationDate().isAfter(now));
      if (key.isEmpty() || schedule.isEmpty()) {
        return Optional.<StoredKey>empty();
      }
      Instant next = now.plus(Duration.ofDays(schedule.get().periodInDays()));
      // The claim: only the runner that moves the date from the value it read rotates.
      if (!tx.advanceRotationSchedule(keyId, schedule.get().nextRotationDate(), next)) {
        return Optional.<StoredKey>empty();
      }
      return Optional.of(rotation.rotate(tx, key.get(), MaterialRotation.AUTOMATIC, now));
    });
  }
}
