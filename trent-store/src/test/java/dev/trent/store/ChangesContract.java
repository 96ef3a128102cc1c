package dev.trent.store;

import static dev.trent.store.StoreFixtures.ACCOUNT;
import static dev.trent.store.StoreFixtures.REGION;
import static dev.trent.store.StoreFixtures.alias;
import static dev.trent.store.StoreFixtures.key;
import static dev.trent.store.StoreFixtures.keyId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The change feed: a committed write's changes reach this node's listeners before {@code write}
 * returns; a write that fails publishes nothing. Other nodes' changes arrive later (not tested
 * here: a single store).
 */
public interface ChangesContract extends StoreUnderTest {
  @Test
  default void keyUpdate_isPublishedBeforeWriteReturns() {
    write(tx -> tx.insertKey(key(keyId(1))));
    List<StoreChange> heard = listen();

    write(tx -> tx.updateKey(tx.key(keyId(1)).orElseThrow().withDescription("changed")));

    assertThat(withoutAnything(heard)).containsExactly(StoreChange.key(keyId(1)));
  }

  @Test
  default void aliasWrites_arePublishedByName() {
    write(tx -> tx.insertKey(key(keyId(1))));
    List<StoreChange> heard = listen();

    write(tx -> tx.insertAlias(alias("alias/a", keyId(1))));
    write(tx -> tx.updateAlias(alias("alias/a", keyId(1))));
    write(tx -> tx.deleteAlias(ACCOUNT, REGION, "alias/a"));

    StoreChange a = StoreChange.alias(ACCOUNT, REGION, "alias/a");
    assertThat(withoutAnything(heard)).containsExactly(a, a, a);
  }

  @Test
  default void keyDeletion_publishesTheKeyItsAliasesAndItsGrants() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertAlias(alias("alias/gone", keyId(1)));
    });
    List<StoreChange> heard = listen();

    write(tx -> tx.deleteKey(keyId(1)));

    assertThat(withoutAnything(heard)).containsExactlyInAnyOrder(StoreChange.key(keyId(1)),
        StoreChange.alias(ACCOUNT, REGION, "alias/gone"), StoreChange.grants(keyId(1)));
  }

  @Test
  default void grantWrites_arePublishedByKey_aDeleteOfNoGrantIsNot() {
    write(tx -> tx.insertKey(key(keyId(1))));
    List<StoreChange> heard = listen();

    write(tx -> tx.insertGrant(GrantsContract.grant(keyId(1), 1, null, null)));
    write(tx -> tx.deleteGrant(keyId(1), GrantsContract.grantId(1)));
    write(tx -> tx.deleteGrant(keyId(1), GrantsContract.grantId(1)));

    assertThat(withoutAnything(heard))
        .containsExactly(StoreChange.grants(keyId(1)), StoreChange.grants(keyId(1)));
  }

  @Test
  default void identityWrites_publishIdentities_andWritesThatChangeNothingNothing() {
    List<StoreChange> heard = listen();

    write(tx -> tx.putAccount(new StoredAccount("444455556666", Instant.ofEpochSecond(1))));
    write(tx -> tx.deleteExpiredSessions(Instant.ofEpochSecond(2)));
    write(tx -> tx.deleteAccessKey("AKIANOSUCHKEY"));

    assertThat(withoutAnything(heard)).containsExactly(StoreChange.IDENTITIES);
    assertThat(StoreChange.decode(StoreChange.IDENTITIES.encode())).isEqualTo(StoreChange.IDENTITIES);
  }

  @Test
  default void failedWrite_publishesNothing() {
    write(tx -> tx.insertKey(key(keyId(1))));
    List<StoreChange> heard = listen();

    assertThatThrownBy(() -> write(tx -> {
      tx.updateKey(tx.key(keyId(1)).orElseThrow().withDescription("changed"));
      throw new IllegalStateException("callback failed");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(withoutAnything(heard)).isEmpty();
  }

  @Test
  default void closedSubscription_hearsNothing() {
    write(tx -> tx.insertKey(key(keyId(1))));
    List<StoreChange> heard = new CopyOnWriteArrayList<>();
    store().changes().subscribe(heard::add).close();

    write(tx -> tx.updateKey(tx.key(keyId(1)).orElseThrow().withDescription("changed")));

    assertThat(heard).isEmpty();
  }

  private List<StoreChange> listen() {
    List<StoreChange> heard = new CopyOnWriteArrayList<>();
    store().changes().subscribe(heard::add);
    return heard;
  }

  /**
   * Drops {@link StoreChange#ANYTHING}, which a store may publish at any time (e.g. while it
   * (re)connects to hear other nodes). A store must not hand its own changes to its listeners a
   * second time when the database echoes them back.
   */
  private static List<StoreChange> withoutAnything(List<StoreChange> heard) {
    return heard.stream().filter(c -> c.kind() != StoreChange.Kind.EVERYTHING).toList();
  }
}
