package dev.trent.core.authz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.policy.PolicyPrincipal;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoreChange;
import dev.trent.store.StoredGrant;
import dev.trent.store.StoredKey;
import dev.trent.store.jdbc.ChangeFanout;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Grants held per key until the change feed drops them; a load racing a change is not held. */
class GrantAuthorityTest {
  private static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final PolicyPrincipal CAROL = Caller.principal("arn:aws:iam::444455556666:user/carol",
      "444455556666");
  private static final StoredKey KEY = new StoredKey(KEY_ID, "111122223333", "us-east-1", "",
      "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", "AWS_KMS", "Enabled", T0, null, null, "{}", "m1", 0);

  private final ChangeFanout feed = new ChangeFanout();
  private final GrantAuthority grants = new GrantAuthority(feed, 100);
  private final AtomicInteger reads = new AtomicInteger();

  @Test
  void heldGrants_decideWithoutReadingTheStore() {
    assertThat(allows(reading(this::encryptGrant))).isTrue();

    assertThat(allows(reading(() -> {
      throw new AssertionError("read the store for held grants");
    }))).isTrue();
    assertThat(reads).hasValue(1);
  }

  @Test
  void grantChangeOfTheKey_dropsItsGrants_soARevokeIsEnforced() {
    assertThat(allows(reading(this::encryptGrant))).isTrue();

    feed.publish(StoreChange.grants(KEY_ID));

    assertThat(allows(reading(List::of))).isFalse();
    assertThat(reads).hasValue(2);
  }

  @Test
  void changesOfOtherKeysAndOtherKinds_keepTheGrants() {
    assertThat(allows(reading(this::encryptGrant))).isTrue();

    feed.publish(StoreChange.grants("other-key"));
    feed.publish(StoreChange.key(KEY_ID));

    assertThat(allows(reading(List::of))).isTrue();
    assertThat(reads).hasValue(1);
  }

  @Test
  void everythingChange_dropsEveryKeysGrants() {
    assertThat(allows(reading(this::encryptGrant))).isTrue();

    feed.publish(StoreChange.ANYTHING);

    assertThat(allows(reading(List::of))).isFalse();
  }

  @Test
  void changeArrivingDuringALoad_keepsTheLoadedGrantsOutOfTheCache() {
    // The load reads the grant; its revocation commits and is published before the load's put.
    assertThat(allows(reading(() -> {
      feed.publish(StoreChange.grants(KEY_ID));
      return encryptGrant();
    }))).isTrue();

    assertThat(allows(reading(List::of))).isFalse();
    assertThat(reads).hasValue(2);
  }

  @Test
  void freshDecision_readsTheStoreEvenWhenGrantsAreHeld() {
    assertThat(allows(reading(List::of))).isFalse();

    assertThat(grants.allowing(reading(this::encryptGrant), CAROL, "kms:Encrypt", KEY, Map.of(), true))
        .isPresent();
    assertThat(reads).hasValue(2);
  }

  @Test
  void closedAuthority_stopsListening() {
    assertThat(allows(reading(this::encryptGrant))).isTrue();
    grants.close();

    feed.publish(StoreChange.grants(KEY_ID));

    assertThat(allows(reading(List::of))).isTrue();
  }

  private boolean allows(ReadTransaction tx) {
    return grants.allowing(tx, CAROL, "kms:Encrypt", KEY, Map.of(), false).isPresent();
  }

  private List<StoredGrant> encryptGrant() {
    return List.of(new StoredGrant("g1", KEY_ID, null, CAROL.arn(), null,
        "arn:aws:iam::111122223333:root", List.of("Encrypt"), null, T0));
  }

  private ReadTransaction reading(Supplier<List<StoredGrant>> page) {
    return (ReadTransaction) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {ReadTransaction.class}, (proxy, method, args) -> {
          if (!method.getName().equals("grants")) {
            throw new AssertionError("unexpected read " + method.getName());
          }
          reads.incrementAndGet();
          return page.get();
        });
  }
}
