package dev.trent.store;

import static dev.trent.store.StoreFixtures.key;
import static dev.trent.store.StoreFixtures.keyId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * {@link InlineScope}: inside it a store answers what needs no database and refuses, before doing
 * anything, what would wait for one; outside it, nothing changes.
 */
public interface InlineScopeContract extends StoreUnderTest {
  @Test
  default void readThatRunsNoStatement_isAnsweredInsideTheScope() {
    String answer = InlineScope.run(() -> store().read(tx -> "from memory"));

    assertThat(answer).isEqualTo("from memory");
  }

  @Test
  default void readThatRunsAStatement_isRefusedInsideTheScope_andWorksOutside() {
    write(tx -> tx.insertKey(key(keyId(1))));
    AtomicBoolean reachedAfterTheRead = new AtomicBoolean();

    Throwable refused = catchThrowable(() -> InlineScope.run(() -> store().read(tx -> {
      tx.key(keyId(1));
      reachedAfterTheRead.set(true);
      return null;
    })));

    assertThat(refused).isInstanceOf(WouldBlockException.class).hasNoCause();
    assertThat(reachedAfterTheRead).isFalse();
    assertThat(storedKey(keyId(1))).isPresent();
  }

  @Test
  default void write_isRefusedInsideTheScopeBeforeItsWorkRuns() {
    AtomicBoolean ran = new AtomicBoolean();

    Throwable refused = catchThrowable(() -> InlineScope.run(() -> store().write(tx -> {
      ran.set(true);
      tx.insertKey(key(keyId(2)));
      return null;
    })));

    assertThat(refused).isInstanceOf(WouldBlockException.class);
    assertThat(ran).isFalse();
    assertThat(storedKey(keyId(2))).isEmpty();
  }

  @Test
  default void scopeEnds_evenWhenItsWorkIsRefused() {
    catchThrowable(() -> InlineScope.run(() -> store().write(tx -> null)));

    write(tx -> tx.insertKey(key(keyId(3))));
    assertThat(storedKey(keyId(3))).isPresent();
  }
}
