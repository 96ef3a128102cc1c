package dev.trent.store;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

/**
 * The behaviour every {@link Store} must have. A backend's test extends this class and supplies
 * {@link #newStore()}; JUnit then runs every test of the contract parts below against it.
 *
 * <pre>
 * class SqliteStoreTest extends StoreContract {
 *   &#64;TempDir Path dir;
 *
 *   &#64;Override
 *   protected Store newStore() {
 *     return SqliteStore.open(dir);
 *   }
 * }
 * </pre>
 *
 * <p>Other modules get this class from trent-store's test-jar. The contract, beyond the Javadoc of
 * {@link ReadTransaction} and {@link WriteTransaction}:
 *
 * <ul>
 *   <li>Every field of a row comes back as written; instants keep millisecond precision; wrapped
 *       material keeps every byte.
 *   <li>Key ids are unique across all accounts and regions; alias names within (account, region).
 *       A uniqueness violation is a {@link StoreConflictException} that escapes {@code write}.
 *   <li>Lists are ordered by the binary (code point) order of the string, so paging markers mean
 *       the same on every backend (PostgreSQL: compare with {@code COLLATE "C"}).
 *   <li>A write whose callback throws anything leaves no trace, and the exception reaches the
 *       caller unchanged; readers never see a write before it commits; concurrent writers from
 *       many threads all land; an optimistic update never loses another writer's update.
 * </ul>
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES) // a store that stops answering fails, not hangs
public abstract class StoreContract
    implements KeysContract, MaterialsContract, AliasesContract, TagsContract, TransactionsContract,
    RotationsContract, ImportsContract, UsageContract, MonitoringContract, ClaimsContract,
    ChangesContract, MaintenanceContract, GrantsContract, IdentitiesContract, InlineScopeContract {
  private Store store;

  /** A new, empty store; called before every test and closed after it. */
  protected abstract Store newStore();

  @Override
  public Store store() {
    return store;
  }

  /** Replaces the store under test, e.g. after a backend test closes and reopens it. */
  protected void useStore(Store replacement) {
    store = replacement;
  }

  @BeforeEach
  protected final void openStore() {
    store = newStore();
  }

  @AfterEach
  protected final void closeStore() {
    store.close();
  }
}
