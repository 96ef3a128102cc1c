package dev.trent.store;

import static dev.trent.store.StoreFixtures.ACCOUNT;
import static dev.trent.store.StoreFixtures.CREATED;
import static dev.trent.store.StoreFixtures.OTHER_ACCOUNT;
import static dev.trent.store.StoreFixtures.OTHER_REGION;
import static dev.trent.store.StoreFixtures.REGION;
import static dev.trent.store.StoreFixtures.alias;
import static dev.trent.store.StoreFixtures.key;
import static dev.trent.store.StoreFixtures.keyId;
import static dev.trent.store.StoreFixtures.material;
import static dev.trent.store.StoreFixtures.materialId;
import static dev.trent.store.StoreFixtures.pendingDeletion;
import static dev.trent.store.StoreFixtures.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Keys: insert, lookup, listing, optimistic update, cascading delete, deletion schedule. */
public interface KeysContract extends StoreUnderTest {

  @Test
  default void insertedKey_isReadBackWithEveryField() {
    StoredKey full = new StoredKey(keyId(1), ACCOUNT, REGION, "payments \u00fc \u6f22\u5b57 \uD83D\uDD11",
        "RSA_2048", "SIGN_VERIFY", "EXTERNAL", "PendingDeletion", CREATED,
        CREATED.plus(Duration.ofDays(7)), 7, StoreFixtures.POLICY, materialId(9), 42);

    write(tx -> tx.insertKey(full));

    assertThat(storedKey(keyId(1))).contains(full);
  }

  @Test
  default void keyWithoutOptionalFields_isReadBackWithNulls() {
    StoredKey bare = new StoredKey(keyId(1), ACCOUNT, REGION, "", "HMAC_256", "GENERATE_VERIFY_MAC",
        "EXTERNAL", "PendingImport", CREATED, null, null, StoreFixtures.POLICY, null, 1);

    write(tx -> tx.insertKey(bare));

    assertThat(storedKey(keyId(1))).contains(bare);
  }

  @Test
  default void unknownKey_isEmpty() {
    write(tx -> tx.insertKey(key(keyId(1))));

    assertThat(storedKey(keyId(2))).isEmpty();
  }

  @Test
  default void duplicateKeyId_isConflictEvenInAnotherAccountOrRegion() {
    write(tx -> tx.insertKey(key(keyId(1))));

    assertThatThrownBy(() -> write(tx -> tx.insertKey(key(keyId(1)))))
        .isInstanceOf(StoreConflictException.class);
    assertThatThrownBy(() -> write(tx -> tx.insertKey(key(keyId(1), OTHER_ACCOUNT, OTHER_REGION))))
        .isInstanceOf(StoreConflictException.class);
    assertThat(storedKey(keyId(1))).contains(key(keyId(1)));
  }

  @Test
  default void keys_listsOnlyThatAccountAndRegion_inKeyIdOrder() {
    List<String> mine = IntStream.range(0, 6).mapToObj(StoreFixtures::keyId).toList();
    write(tx -> {
      mine.forEach(id -> tx.insertKey(key(id)));
      tx.insertKey(key(keyId(100), ACCOUNT, OTHER_REGION));
      tx.insertKey(key(keyId(101), OTHER_ACCOUNT, REGION));
    });

    assertThat(listedKeys(ACCOUNT, REGION, null, 100))
        .extracting(StoredKey::keyId)
        .containsExactlyElementsOf(mine.stream().sorted().toList());
    assertThat(listedKeys(ACCOUNT, OTHER_REGION, null, 100))
        .extracting(StoredKey::keyId).containsExactly(keyId(100));
    assertThat(listedKeys(OTHER_ACCOUNT, REGION, null, 100))
        .extracting(StoredKey::keyId).containsExactly(keyId(101));
    assertThat(listedKeys(OTHER_ACCOUNT, OTHER_REGION, null, 100)).isEmpty();
  }

  @Test
  default void keys_pagesStrictlyAfterTheMarker() {
    List<String> ids = IntStream.range(0, 7).mapToObj(StoreFixtures::keyId).toList();
    write(tx -> ids.forEach(id -> tx.insertKey(key(id))));

    List<String> seen = new ArrayList<>();
    String marker = null;
    for (int page = 0; page < 10; page++) {
      String after = marker;
      List<StoredKey> keys = listedKeys(ACCOUNT, REGION, after, 3);
      assertThat(keys).hasSizeLessThanOrEqualTo(3);
      if (keys.isEmpty()) {
        break;
      }
      keys.forEach(k -> seen.add(k.keyId()));
      marker = keys.get(keys.size() - 1).keyId();
    }

    assertThat(seen).containsExactlyElementsOf(ids.stream().sorted().toList());
  }

  @Test
  default void updateKey_atCurrentVersion_replacesMutableFieldsAndBumpsVersion() {
    write(tx -> tx.insertKey(key(keyId(1))));
    StoredKey read = storedKey(keyId(1)).orElseThrow();
    Instant deletion = CREATED.plus(Duration.ofDays(30));
    StoredKey changed = new StoredKey(read.keyId(), read.accountId(), read.region(), "new text",
        read.keySpec(), read.keyUsage(), read.origin(), "PendingDeletion", read.creationDate(),
        deletion, 30, "{\"Version\":\"2012-10-17\",\"Statement\":[{}]}", materialId(2),
        read.version());

    write(tx -> tx.updateKey(changed));

    StoredKey stored = storedKey(keyId(1)).orElseThrow();
    assertThat(stored.version()).isEqualTo(read.version() + 1);
    assertThat(stored).isEqualTo(new StoredKey(read.keyId(), read.accountId(), read.region(),
        "new text", read.keySpec(), read.keyUsage(), read.origin(), "PendingDeletion",
        read.creationDate(), deletion, 30, changed.policy(), materialId(2), read.version() + 1));
  }

  @Test
  default void updateKey_clearingOptionalFields_storesNulls() {
    write(tx -> tx.insertKey(pendingDeletion(keyId(1), ACCOUNT, REGION, CREATED)));

    write(tx -> tx.updateKey(tx.key(keyId(1)).orElseThrow().withState("Enabled", null, null)));

    StoredKey stored = storedKey(keyId(1)).orElseThrow();
    assertThat(stored.keyState()).isEqualTo("Enabled");
    assertThat(stored.deletionDate()).isNull();
    assertThat(stored.pendingWindowInDays()).isNull();
  }

  @Test
  default void updateKey_withStaleVersion_isConflictAndChangesNothing() {
    write(tx -> tx.insertKey(key(keyId(1))));
    StoredKey first = storedKey(keyId(1)).orElseThrow();
    write(tx -> tx.updateKey(first.withDescription("winner")));

    assertThatThrownBy(() -> write(tx -> tx.updateKey(first.withDescription("loser"))))
        .isInstanceOf(StoreConflictException.class);

    StoredKey stored = storedKey(keyId(1)).orElseThrow();
    assertThat(stored.description()).isEqualTo("winner");
    assertThat(stored.version()).isEqualTo(first.version() + 1);
  }

  @Test
  default void updateKey_ofVanishedKey_isConflict() {
    write(tx -> tx.insertKey(key(keyId(1))));
    StoredKey read = storedKey(keyId(1)).orElseThrow();
    write(tx -> tx.deleteKey(keyId(1)));

    assertThatThrownBy(() -> write(tx -> tx.updateKey(read.withDescription("x"))))
        .isInstanceOf(StoreConflictException.class);
    assertThat(storedKey(keyId(1))).isEmpty();
  }

  @Test
  default void deleteKey_removesItsMaterialsAliasesAndTagsOnly() {
    write(tx -> {
      for (String id : List.of(keyId(1), keyId(2))) {
        tx.insertKey(key(id));
        tx.insertMaterial(material(id, materialId(1), new byte[] {1, 2, 3}));
        tx.putTag(tag(id, "team", "payments"));
      }
      tx.insertAlias(alias("alias/doomed", keyId(1)));
      tx.insertAlias(alias("alias/doomed-too", keyId(1)));
      tx.insertAlias(alias("alias/kept", keyId(2)));
    });

    write(tx -> tx.deleteKey(keyId(1)));

    assertThat(storedKey(keyId(1))).isEmpty();
    assertThat(storedMaterial(keyId(1), materialId(1))).isEmpty();
    assertThat(storedTags(keyId(1))).isEmpty();
    assertThat(storedAlias(ACCOUNT, REGION, "alias/doomed")).isEmpty();
    assertThat(listedAliases(ACCOUNT, REGION, null, null, 100))
        .extracting(StoredAlias::aliasName).containsExactly("alias/kept");
    assertThat(storedKey(keyId(2))).isPresent();
    assertThat(storedMaterial(keyId(2), materialId(1))).isPresent();
    assertThat(storedTags(keyId(2))).hasSize(1);
  }

  @Test
  default void deletedKey_isRememberedAsDeleted() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertKey(key(keyId(2)));
    });
    assertThat(wasDeleted(keyId(1))).isFalse();

    write(tx -> tx.deleteKey(keyId(1)));

    assertThat(wasDeleted(keyId(1))).isTrue();
    assertThat(wasDeleted(keyId(2))).isFalse();
    assertThat(wasDeleted(keyId(3))).isFalse();
  }

  @Test
  default void keysDueForDeletion_areThoseAtOrBeforeNow_inDeletionOrder_acrossAccounts() {
    Instant now = CREATED.plus(Duration.ofDays(10));
    write(tx -> {
      tx.insertKey(pendingDeletion(keyId(1), ACCOUNT, REGION, now.minus(Duration.ofDays(1))));
      tx.insertKey(pendingDeletion(keyId(2), ACCOUNT, REGION, now));
      tx.insertKey(pendingDeletion(keyId(3), ACCOUNT, REGION, now.plusMillis(1)));
      tx.insertKey(key(keyId(4)));
      tx.insertKey(pendingDeletion(keyId(5), OTHER_ACCOUNT, OTHER_REGION, now.minus(Duration.ofDays(2))));
    });

    assertThat(dueForDeletion(now, 100))
        .containsExactly(keyId(5), keyId(1), keyId(2));
    assertThat(dueForDeletion(now, 2)).containsExactly(keyId(5), keyId(1));
    assertThat(dueForDeletion(now.minus(Duration.ofDays(30)), 100)).isEmpty();
  }
}
