package dev.trent.core.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.store.ReadTransaction;
import dev.trent.store.Store;
import dev.trent.store.StoredKeyUsage;
import dev.trent.store.WriteTransaction;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class KeyUsageLogTest {
  private static final String KEY = "1234abcd-12ab-34cd-56ef-1234567890ab";
  private static final String OTHER = "5678abcd-12ab-34cd-56ef-1234567890ab";
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00.123456789Z");
  private static final String REQUEST = "0f8fad5b-d9cb-469f-a165-70867728950e";
  private static final String EVENT = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

  private final FakeStore store = new FakeStore();
  private final KeyUsageLog log = new KeyUsageLog(store.proxy());

  @Test
  void aUse_isReadBackExactly_beforeAndAfterTheFlush() {
    StoredKeyUsage use = new StoredKeyUsage(KEY, "Encrypt", T0, REQUEST, EVENT);
    log.record(use);

    assertThat(lastUsage(KEY)).contains(use);
    assertThat(log.flush()).isEqualTo(1);
    assertThat(store.rows).containsEntry(KEY, use);
    assertThat(lastUsage(KEY)).contains(use);
  }

  @Test
  void idsNotInCanonicalUuidForm_areKeptAsGiven() {
    String[] ids = {"req-1", REQUEST.toUpperCase(), REQUEST.substring(1) + "0", "", null};
    for (int i = 0; i < ids.length; i++) {
      String id = ids[i];
      StoredKeyUsage use = new StoredKeyUsage(KEY, "Decrypt", T0.plusSeconds(i), id, id);
      log.record(use);
      assertThat(lastUsage(KEY)).as(String.valueOf(id)).contains(use);
      log.flush();
      assertThat(store.rows.get(KEY)).as(String.valueOf(id)).isEqualTo(use);
    }
  }

  @Test
  void theLaterUseWins_whateverTheOrderTheyArrive() {
    StoredKeyUsage later = new StoredKeyUsage(KEY, "Decrypt", T0.plusNanos(1), REQUEST, EVENT);
    log.record(later);
    log.record(new StoredKeyUsage(KEY, "Encrypt", T0, EVENT, REQUEST));

    assertThat(lastUsage(KEY)).contains(later);
    log.flush();
    assertThat(store.rows).containsEntry(KEY, later);
  }

  @Test
  void aFlush_writesOnlyUsesTheStoreHasNotGot() {
    log.record(new StoredKeyUsage(KEY, "Encrypt", T0, REQUEST, EVENT));
    log.record(new StoredKeyUsage(OTHER, "Encrypt", T0, REQUEST, EVENT));
    assertThat(log.flush()).isEqualTo(2);

    StoredKeyUsage again = new StoredKeyUsage(KEY, "Sign", T0.plusSeconds(1), EVENT, REQUEST);
    log.record(again);

    assertThat(log.flush()).isEqualTo(1);
    assertThat(store.written).hasSize(3).last().isEqualTo(again);
    assertThat(log.flush()).isZero();
  }

  @Test
  void aKeyUnusedForAWholeInterval_leavesMemory_andItsUseIsReadFromTheStore() {
    StoredKeyUsage use = new StoredKeyUsage(KEY, "Encrypt", T0, REQUEST, EVENT);
    log.record(use);
    log.flush();
    log.flush(); // nothing new: the slot is retired

    store.readsAllowed = true;
    assertThat(lastUsage(KEY)).contains(use);
    // A use after retirement takes a new slot, and is written.
    StoredKeyUsage next = new StoredKeyUsage(KEY, "Decrypt", T0.plusSeconds(60), REQUEST, EVENT);
    log.record(next);
    assertThat(log.flush()).isEqualTo(1);
    assertThat(store.rows).containsEntry(KEY, next);
  }

  @Test
  void aRetiredSlot_refusesUses_soARecorderThatFoundItJustBeforeTakesANewOne() {
    LastUse slot = new LastUse();
    StoredKeyUsage use = new StoredKeyUsage(KEY, "Encrypt", T0, REQUEST, EVENT);
    assertThat(slot.record(use)).isTrue();
    LastUse.Unstored taken = slot.unstored(KEY);
    assertThat(taken.usage()).isEqualTo(use);
    slot.stored(taken.count());

    assertThat(slot.unstored(KEY)).isNull(); // nothing new since: retired

    assertThat(slot.record(new StoredKeyUsage(KEY, "Decrypt", T0.plusSeconds(1), REQUEST, EVENT))).isFalse();
    assertThat(slot.usage(KEY)).isEqualTo(use);
  }

  @Test
  void aFailedFlush_losesNothing_theNextWritesIt() {
    StoredKeyUsage use = new StoredKeyUsage(KEY, "Encrypt", T0, REQUEST, EVENT);
    log.record(use);
    store.failWrites = true;
    assertThatThrownBy(log::flush).hasMessage("disk full");

    store.failWrites = false;
    assertThat(log.flush()).isEqualTo(1);
    assertThat(store.rows).containsEntry(KEY, use);
  }

  @Test
  void aUseRecordedWhileAFlushWrites_isWrittenByTheNextFlush() {
    log.record(new StoredKeyUsage(KEY, "Encrypt", T0, REQUEST, EVENT));
    StoredKeyUsage during = new StoredKeyUsage(KEY, "Decrypt", T0.plusSeconds(1), REQUEST, EVENT);
    store.duringWrite = () -> log.record(during);

    assertThat(log.flush()).isEqualTo(1);
    store.duringWrite = () -> { };

    assertThat(log.flush()).isEqualTo(1);
    assertThat(store.rows).containsEntry(KEY, during);
  }

  @Test
  void theStoresUse_winsWhenItIsLater() {
    log.record(new StoredKeyUsage(KEY, "Encrypt", T0, REQUEST, EVENT));
    StoredKeyUsage elsewhere = new StoredKeyUsage(KEY, "Decrypt", T0.plusSeconds(5), EVENT, REQUEST);
    store.rows.put(KEY, elsewhere);

    assertThat(lastUsage(KEY)).contains(elsewhere);
  }

  private Optional<StoredKeyUsage> lastUsage(String keyId) {
    store.readsAllowed = true;
    return log.lastUsage(store.reader(), keyId);
  }

  /** The store's key_last_usage table; a later use wins, as the SQL upsert's WHERE clause says. */
  private static final class FakeStore {
    final Map<String, StoredKeyUsage> rows = new HashMap<>();
    final List<StoredKeyUsage> written = new ArrayList<>();
    boolean failWrites;
    boolean readsAllowed;
    Runnable duringWrite = () -> { };

    Store proxy() {
      return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
          (p, m, args) -> {
            if (!m.getName().equals("write")) {
              throw new UnsupportedOperationException(m.getName());
            }
            if (failWrites) {
              throw new IllegalStateException("disk full");
            }
            @SuppressWarnings("unchecked")
            Function<WriteTransaction, Object> work = (Function<WriteTransaction, Object>) args[0];
            Object result = work.apply(writer());
            duringWrite.run();
            return result;
          });
    }

    private WriteTransaction writer() {
      return (WriteTransaction) Proxy.newProxyInstance(WriteTransaction.class.getClassLoader(),
          new Class<?>[] {WriteTransaction.class}, (p, m, args) -> {
            if (!m.getName().equals("recordUsages")) {
              throw new UnsupportedOperationException(m.getName());
            }
            @SuppressWarnings("unchecked")
            List<StoredKeyUsage> uses = (List<StoredKeyUsage>) args[0];
            for (StoredKeyUsage u : uses) {
              written.add(u);
              rows.merge(u.keyId(), u, (old, neu) -> neu.usedAt().isAfter(old.usedAt()) ? neu : old);
            }
            return null;
          });
    }

    ReadTransaction reader() {
      return (ReadTransaction) Proxy.newProxyInstance(ReadTransaction.class.getClassLoader(),
          new Class<?>[] {ReadTransaction.class}, (p, m, args) -> {
            if (!m.getName().equals("lastUsage") || !readsAllowed) {
              throw new UnsupportedOperationException(m.getName());
            }
            return Optional.ofNullable(rows.get((String) args[0]));
          });
    }
  }
}
