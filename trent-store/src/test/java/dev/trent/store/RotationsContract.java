package dev.trent.store;

import static dev.trent.store.StoreFixtures.ACCOUNT;
import static dev.trent.store.StoreFixtures.CREATED;
import static dev.trent.store.StoreFixtures.REGION;
import static dev.trent.store.StoreFixtures.key;
import static dev.trent.store.StoreFixtures.keyId;
import static dev.trent.store.StoreFixtures.materialId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Material history and automatic-rotation schedules. */
public interface RotationsContract extends StoreUnderTest {
  Instant DUE = CREATED.plus(Duration.ofDays(365));

  private static StoredRotation first(String keyId) {
    return new StoredRotation(keyId, 0, materialId(1), CREATED, null);
  }

  private static StoredRotation rotation(String keyId, int n, String type) {
    return new StoredRotation(keyId, n, materialId(n + 1), CREATED.plusSeconds(n), type);
  }

  @Test
  default void rotations_comeBackInSequenceOrder_afterTheGivenSequence() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertRotation(rotation(keyId(1), 2, "ON_DEMAND"));
      tx.insertRotation(first(keyId(1)));
      tx.insertRotation(rotation(keyId(1), 1, "AUTOMATIC"));
    });

    assertThat(storedRotations(keyId(1), -1, 10))
        .containsExactly(first(keyId(1)), rotation(keyId(1), 1, "AUTOMATIC"),
            rotation(keyId(1), 2, "ON_DEMAND"));
    assertThat(storedRotations(keyId(1), 0, 1))
        .containsExactly(rotation(keyId(1), 1, "AUTOMATIC"));
    assertThat(storedRotations(keyId(2), -1, 10)).isEmpty();
  }

  @Test
  default void latestSequenceAndCounts_reflectTheHistory() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertKey(key(keyId(2)));
      tx.insertRotation(first(keyId(1)));
      tx.insertRotation(rotation(keyId(1), 1, "AUTOMATIC"));
      tx.insertRotation(rotation(keyId(1), 2, "ON_DEMAND"));
      tx.insertRotation(rotation(keyId(1), 3, "ON_DEMAND"));
    });

    assertThat(latestSequence(keyId(1))).isEqualTo(3);
    assertThat(latestSequence(keyId(2))).isEqualTo(-1);
    assertThat(rotationCount(keyId(1), "ON_DEMAND")).isEqualTo(2);
    assertThat(rotationCount(keyId(1), "AUTOMATIC")).isEqualTo(1);
    assertThat(rotationCount(keyId(2), "ON_DEMAND")).isZero();
  }

  @Test
  default void sameSequenceTwice_isConflictAndKeepsTheFirst() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertRotation(rotation(keyId(1), 1, "AUTOMATIC"));
    });

    assertThatThrownBy(() -> write(tx -> tx.insertRotation(
        new StoredRotation(keyId(1), 1, materialId(9), CREATED, "ON_DEMAND"))))
        .isInstanceOf(StoreConflictException.class);
    assertThat(storedRotations(keyId(1), -1, 10))
        .containsExactly(rotation(keyId(1), 1, "AUTOMATIC"));
  }

  @Test
  default void schedule_isStoredReplacedAndDeleted() {
    StoredRotationSchedule schedule = new StoredRotationSchedule(keyId(1), 365, DUE);
    StoredRotationSchedule replaced = new StoredRotationSchedule(keyId(1), 90, CREATED.plusSeconds(1));
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.putRotationSchedule(schedule);
    });
    assertThat(storedSchedule(keyId(1))).contains(schedule);

    write(tx -> tx.putRotationSchedule(replaced));
    assertThat(storedSchedule(keyId(1))).contains(replaced);

    write(tx -> tx.deleteRotationSchedule(keyId(1)));
    write(tx -> tx.deleteRotationSchedule(keyId(1)));
    assertThat(storedSchedule(keyId(1))).isEmpty();
  }

  @Test
  default void advanceSchedule_succeedsOnlyFromTheExpectedDate() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.putRotationSchedule(new StoredRotationSchedule(keyId(1), 365, DUE));
    });
    Instant next = DUE.plus(Duration.ofDays(365));

    assertThat(advanceSchedule(keyId(1), DUE, next)).isTrue();
    assertThat(advanceSchedule(keyId(1), DUE, next)).isFalse();
    assertThat(advanceSchedule(keyId(2), DUE, next)).isFalse();
    assertThat(storedSchedule(keyId(1)).orElseThrow().nextRotationDate())
        .isEqualTo(next);
  }

  @Test
  default void dueForRotation_listsEnabledKeysAtOrBeforeNow_earliestFirst() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertKey(key(keyId(2)));
      tx.insertKey(key(keyId(3)));
      tx.insertKey(key(keyId(4)).withState("Disabled", null, null));
      tx.putRotationSchedule(new StoredRotationSchedule(keyId(1), 365, DUE));
      tx.putRotationSchedule(new StoredRotationSchedule(keyId(2), 90, DUE.minusSeconds(1)));
      tx.putRotationSchedule(new StoredRotationSchedule(keyId(3), 365, DUE.plusMillis(1)));
      tx.putRotationSchedule(new StoredRotationSchedule(keyId(4), 365, DUE.minusSeconds(5)));
    });

    assertThat(dueForRotation(DUE, 10)).containsExactly(keyId(2), keyId(1));
    assertThat(dueForRotation(DUE, 1)).containsExactly(keyId(2));
    assertThat(dueForRotation(DUE.minusSeconds(2), 10)).isEmpty();
  }

  @Test
  default void deletedKey_takesItsHistoryAndScheduleWithIt() {
    write(tx -> {
      tx.insertKey(key(keyId(1), ACCOUNT, REGION));
      tx.insertRotation(first(keyId(1)));
      tx.putRotationSchedule(new StoredRotationSchedule(keyId(1), 365, DUE));
    });

    write(tx -> tx.deleteKey(keyId(1)));

    assertThat(storedRotations(keyId(1), -1, 10)).isEmpty();
    assertThat(storedSchedule(keyId(1))).isEmpty();
    assertThat(dueForRotation(DUE, 10)).isEmpty();
  }
}
