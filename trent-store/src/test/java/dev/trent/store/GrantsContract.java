package dev.trent.store;

import static dev.trent.store.StoreFixtures.ACCOUNT;
import static dev.trent.store.StoreFixtures.CREATED;
import static dev.trent.store.StoreFixtures.OTHER_ACCOUNT;
import static dev.trent.store.StoreFixtures.OTHER_REGION;
import static dev.trent.store.StoreFixtures.REGION;
import static dev.trent.store.StoreFixtures.key;
import static dev.trent.store.StoreFixtures.keyId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Grants: rows of one key, listed in grant-id order, deleted with their key. */
public interface GrantsContract extends StoreUnderTest {
  String ALICE = "arn:aws:iam::111122223333:user/alice";
  String BOB = "arn:aws:iam::111122223333:user/bob";

  static String grantId(int n) {
    return String.format("%064x", n * 7919L);
  }

  static StoredGrant grant(String keyId, int n, String name, String retiring) {
    return new StoredGrant(grantId(n), keyId, name, ALICE, retiring, "arn:aws:iam::111122223333:root",
        List.of("Encrypt", "Decrypt"), n % 2 == 0 ? null : "{\"EncryptionContextSubset\":{\"a\":\"b\"}}",
        CREATED);
  }

  private Optional<StoredGrant> storedGrant(String keyId, String grantId) {
    return read(tx -> tx.grant(keyId, grantId));
  }

  private List<StoredGrant> listedGrants(String keyId, String afterGrantId, int limit) {
    return read(tx -> tx.grants(keyId, afterGrantId, limit));
  }

  private List<StoredGrant> retirable(String retiringPrincipal) {
    return read(tx -> tx.retirableGrants(ACCOUNT, REGION, retiringPrincipal, null, 10));
  }

  private boolean deleted(String keyId, String grantId) {
    return store().write(tx -> tx.deleteGrant(keyId, grantId));
  }

  @Test
  default void insertedGrant_readsBackEveryField() {
    StoredGrant g = grant(keyId(1), 1, "my-grant", BOB);
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertGrant(g);
      tx.insertGrant(grant(keyId(1), 2, null, null));
    });

    assertThat(storedGrant(keyId(1), grantId(1))).contains(g);
    assertThat(storedGrant(keyId(1), grantId(2)).orElseThrow().name()).isNull();
    assertThat(storedGrant(keyId(2), grantId(1))).isEmpty();
    int count = read(tx -> tx.grantCount(keyId(1)));
    assertThat(count).isEqualTo(2);
    List<StoredGrant> named = read(tx -> tx.grantsNamed(keyId(1), "my-grant"));
    assertThat(named).containsExactly(g);
    List<StoredGrant> other = read(tx -> tx.grantsNamed(keyId(1), "other"));
    assertThat(other).isEmpty();
  }

  @Test
  default void grants_areListedInGrantIdOrderAfterTheMarker() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertKey(key(keyId(2)));
      for (int n = 1; n <= 5; n++) {
        tx.insertGrant(grant(keyId(1), n, null, null));
      }
      tx.insertGrant(grant(keyId(2), 6, null, null));
    });

    List<String> all = listedGrants(keyId(1), null, 10).stream().map(StoredGrant::grantId).toList();
    assertThat(all).containsExactlyElementsOf(all.stream().sorted().toList()).hasSize(5);
    assertThat(listedGrants(keyId(1), all.get(1), 2).stream().map(StoredGrant::grantId))
        .containsExactly(all.get(2), all.get(3));
  }

  @Test
  default void retirableGrants_areThoseOfThePrincipalInTheAccountAndRegion() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertKey(key(keyId(2), OTHER_ACCOUNT, REGION));
      tx.insertKey(key(keyId(3), ACCOUNT, OTHER_REGION));
      tx.insertGrant(grant(keyId(1), 1, null, BOB));
      tx.insertGrant(grant(keyId(1), 2, null, ALICE));
      tx.insertGrant(grant(keyId(2), 3, null, BOB));
      tx.insertGrant(grant(keyId(3), 4, null, BOB));
      tx.insertGrant(grant(keyId(1), 5, null, null));
    });

    assertThat(retirable(BOB)).extracting(StoredGrant::grantId).containsExactly(grantId(1));
  }

  @Test
  default void deleteGrant_removesOnlyThatGrant() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertGrant(grant(keyId(1), 1, null, null));
      tx.insertGrant(grant(keyId(1), 2, null, null));
    });

    assertThat(deleted(keyId(1), grantId(1))).isTrue();
    assertThat(deleted(keyId(1), grantId(1))).isFalse();
    assertThat(listedGrants(keyId(1), null, 10)).extracting(StoredGrant::grantId)
        .containsExactly(grantId(2));
  }

  @Test
  default void duplicateGrantId_conflicts() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertGrant(grant(keyId(1), 1, null, null));
    });

    assertThatThrownBy(() -> write(tx -> tx.insertGrant(grant(keyId(1), 1, null, null))))
        .isInstanceOf(StoreConflictException.class);
  }

  @Test
  default void deletingTheKey_deletesItsGrants() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertGrant(grant(keyId(1), 1, null, BOB));
    });

    write(tx -> tx.deleteKey(keyId(1)));

    assertThat(listedGrants(keyId(1), null, 10)).isEmpty();
    assertThat(retirable(BOB)).isEmpty();
  }
}
