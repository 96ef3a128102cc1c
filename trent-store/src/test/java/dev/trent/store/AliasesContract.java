package dev.trent.store;

import static dev.trent.store.StoreFixtures.ACCOUNT;
import static dev.trent.store.StoreFixtures.CREATED;
import static dev.trent.store.StoreFixtures.OTHER_ACCOUNT;
import static dev.trent.store.StoreFixtures.OTHER_REGION;
import static dev.trent.store.StoreFixtures.REGION;
import static dev.trent.store.StoreFixtures.alias;
import static dev.trent.store.StoreFixtures.key;
import static dev.trent.store.StoreFixtures.keyId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Aliases: names unique per (account, region), listed by name, optionally of one key. */
public interface AliasesContract extends StoreUnderTest {

  @Test
  default void insertedAlias_isReadBackInItsAccountAndRegionOnly() {
    StoredAlias alias = new StoredAlias(ACCOUNT, REGION, "alias/payments", keyId(1), CREATED,
        CREATED.plusMillis(5));
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertAlias(alias);
    });

    assertThat(storedAlias(ACCOUNT, REGION, "alias/payments")).contains(alias);
    assertThat(storedAlias(ACCOUNT, OTHER_REGION, "alias/payments")).isEmpty();
    assertThat(storedAlias(OTHER_ACCOUNT, REGION, "alias/payments")).isEmpty();
    assertThat(storedAlias(ACCOUNT, REGION, "alias/Payments")).isEmpty();
  }

  @Test
  default void takenNameInSameAccountAndRegion_isConflictAndKeepsTheFirst() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertKey(key(keyId(2)));
      tx.insertAlias(alias("alias/payments", keyId(1)));
    });

    assertThatThrownBy(() -> write(tx -> tx.insertAlias(alias("alias/payments", keyId(2)))))
        .isInstanceOf(StoreConflictException.class);
    assertThat(storedAlias(ACCOUNT, REGION, "alias/payments").orElseThrow().targetKeyId())
        .isEqualTo(keyId(1));
  }

  @Test
  default void sameNameInAnotherRegionOrAccount_isAllowed() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertKey(key(keyId(2), ACCOUNT, OTHER_REGION));
      tx.insertKey(key(keyId(3), OTHER_ACCOUNT, REGION));
      tx.insertAlias(alias("alias/payments", keyId(1)));
      tx.insertAlias(alias(ACCOUNT, OTHER_REGION, "alias/payments", keyId(2)));
      tx.insertAlias(alias(OTHER_ACCOUNT, REGION, "alias/payments", keyId(3)));
    });

    assertThat(storedAlias(ACCOUNT, OTHER_REGION, "alias/payments").orElseThrow()
        .targetKeyId()).isEqualTo(keyId(2));
    assertThat(storedAlias(OTHER_ACCOUNT, REGION, "alias/payments").orElseThrow()
        .targetKeyId()).isEqualTo(keyId(3));
    assertThat(listedAliases(ACCOUNT, REGION, null, null, 100)).hasSize(1);
  }

  @Test
  default void aliases_areListedInBinaryNameOrder() {
    List<String> names = List.of("alias/ab", "alias/a_b", "alias/B", "alias/a/b", "alias/a-b", "alias/a");
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      names.forEach(n -> tx.insertAlias(alias(n, keyId(1))));
    });

    assertThat(listedAliases(ACCOUNT, REGION, null, null, 100))
        .extracting(StoredAlias::aliasName)
        .containsExactly("alias/B", "alias/a", "alias/a-b", "alias/a/b", "alias/a_b", "alias/ab");
  }

  @Test
  default void aliases_pageStrictlyAfterTheMarker_withinAccountAndRegion() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertKey(key(keyId(2), ACCOUNT, OTHER_REGION));
      for (int i = 0; i < 7; i++) {
        tx.insertAlias(alias("alias/app" + i, keyId(1)));
      }
      tx.insertAlias(alias(ACCOUNT, OTHER_REGION, "alias/app35", keyId(2)));
    });

    assertThat(pageThrough(null, 3))
        .containsExactly("alias/app0", "alias/app1", "alias/app2", "alias/app3", "alias/app4",
            "alias/app5", "alias/app6");
  }

  @Test
  default void aliases_ofOneTarget_areFilteredAndPaged() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertKey(key(keyId(2)));
      for (int i = 0; i < 6; i++) {
        tx.insertAlias(alias("alias/app" + i, keyId(i % 2 == 0 ? 1 : 2)));
      }
    });

    assertThat(listedAliases(ACCOUNT, REGION, keyId(2), null, 100))
        .extracting(StoredAlias::aliasName)
        .containsExactly("alias/app1", "alias/app3", "alias/app5");
    assertThat(pageThrough(keyId(1), 2)).containsExactly("alias/app0", "alias/app2", "alias/app4");
    assertThat(listedAliases(ACCOUNT, REGION, keyId(2), "alias/app1", 1))
        .extracting(StoredAlias::aliasName).containsExactly("alias/app3");
    assertThat(listedAliases(ACCOUNT, REGION, keyId(3), null, 100)).isEmpty();
  }

  @Test
  default void updateAlias_retargetsAndKeepsCreationDate() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertKey(key(keyId(2)));
      tx.insertAlias(alias("alias/payments", keyId(1)));
    });

    write(tx -> tx.updateAlias(new StoredAlias(ACCOUNT, REGION, "alias/payments", keyId(2),
        CREATED, CREATED.plusSeconds(60))));

    assertThat(storedAlias(ACCOUNT, REGION, "alias/payments")).contains(
        new StoredAlias(ACCOUNT, REGION, "alias/payments", keyId(2), CREATED, CREATED.plusSeconds(60)));
    assertThat(listedAliases(ACCOUNT, REGION, keyId(1), null, 100)).isEmpty();
  }

  @Test
  default void deleteAlias_removesOnlyThatName() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertKey(key(keyId(2), ACCOUNT, OTHER_REGION));
      tx.insertAlias(alias("alias/a", keyId(1)));
      tx.insertAlias(alias("alias/b", keyId(1)));
      tx.insertAlias(alias(ACCOUNT, OTHER_REGION, "alias/a", keyId(2)));
    });

    write(tx -> tx.deleteAlias(ACCOUNT, REGION, "alias/a"));

    assertThat(storedAlias(ACCOUNT, REGION, "alias/a")).isEmpty();
    assertThat(storedAlias(ACCOUNT, REGION, "alias/b")).isPresent();
    assertThat(storedAlias(ACCOUNT, OTHER_REGION, "alias/a")).isPresent();
    assertThat(storedKey(keyId(1))).isPresent();
  }

  private List<String> pageThrough(String targetKeyId, int pageSize) {
    List<String> seen = new ArrayList<>();
    String marker = null;
    for (int page = 0; page < 20; page++) {
      String after = marker;
      List<StoredAlias> aliases = listedAliases(ACCOUNT, REGION, targetKeyId, after, pageSize);
      assertThat(aliases).hasSizeLessThanOrEqualTo(pageSize);
      if (aliases.isEmpty()) {
        return seen;
      }
      aliases.forEach(a -> seen.add(a.aliasName()));
      marker = aliases.get(aliases.size() - 1).aliasName();
    }
    throw new AssertionError("paging did not end");
  }
}
