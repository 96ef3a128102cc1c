package dev.trent.store.sqlite;

import static dev.trent.store.StoreFixtures.alias;
import static dev.trent.store.StoreFixtures.key;
import static dev.trent.store.StoreFixtures.keyId;
import static dev.trent.store.StoreFixtures.material;
import static dev.trent.store.StoreFixtures.materialId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.store.SnapshotLoad;
import dev.trent.store.Store;
import dev.trent.store.GrantsContract;
import dev.trent.store.StoredAlias;
import dev.trent.store.StoredGrant;
import dev.trent.store.StoredKey;
import dev.trent.store.StoredKeyUsage;
import dev.trent.store.StoredMaterial;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot of one SQLite store loaded into another holds every row, seeded rows included. */
class SqliteSnapshotTest {
  @TempDir Path from;
  @TempDir Path to;

  @Test
  void snapshotLoadedIntoAnEmptyStore_reproducesEveryRow() {
    Instant trackingStart;
    try (Store source = SqliteStore.open(from)) {
      source.write(tx -> {
        tx.insertKey(key(keyId(1)));
        tx.insertMaterial(material(keyId(1), materialId(1), new byte[] {1, 2, 3}));
        tx.insertAlias(alias("alias/a", keyId(1)));
        tx.recordUsages(List.of(new StoredKeyUsage(keyId(1), "Encrypt", Instant.ofEpochMilli(5), "r", "e")));
        tx.deleteKey(keyId(1));
        tx.insertKey(key(keyId(2)));
        tx.insertMaterial(material(keyId(2), materialId(1), new byte[] {4}));
        tx.insertAlias(alias("alias/b", keyId(2)));
        tx.insertGrant(GrantsContract.grant(keyId(2), 1, "g", "arn:aws:iam::1:root"));
        return null;
      });
      source.maintenance().replaceSettings(Map.of(), Map.of("root-key.check", Optional.of("c")));
      trackingStart = source.<Instant>read(tx -> tx.usageTrackingStart());
    }
    try (Store source = SqliteStore.open(from); Store target = SqliteStore.open(to)) {
      try (SnapshotLoad load = target.maintenance().load()) {
        source.maintenance().snapshot(load);
        assertThat(load.commit()).isEqualTo(1 + 1 + 1 + 1 + 1 + 1 + 1); // key, material, alias, grant, deleted, setting, start
      }

      boolean deleted = target.read(tx -> tx.wasDeleted(keyId(1)));
      Optional<StoredKey> copied = target.read(tx -> tx.key(keyId(2)));
      Optional<StoredKey> original = source.read(tx -> tx.key(keyId(2)));
      Optional<StoredMaterial> material = target.read(tx -> tx.material(keyId(2), materialId(1)));
      Optional<StoredAlias> alias = target.read(tx -> tx.alias(key(keyId(2)).accountId(),
          key(keyId(2)).region(), "alias/b"));
      Instant start = target.read(tx -> tx.usageTrackingStart());
      assertThat(deleted).isTrue();
      assertThat(copied).isEqualTo(original).isPresent();
      assertThat(material.orElseThrow().wrapped()).containsExactly(4);
      assertThat(alias).isPresent();
      Optional<StoredGrant> grant = target.read(tx -> tx.grant(keyId(2), GrantsContract.grantId(1)));
      Optional<StoredGrant> sourceGrant = source.read(tx -> tx.grant(keyId(2), GrantsContract.grantId(1)));
      assertThat(grant).isEqualTo(sourceGrant).isPresent();
      assertThat(start).isEqualTo(trackingStart);
      assertThat(target.maintenance().setting("root-key.check")).contains("c");
    }
  }

  @Test
  void closedWithoutCommit_leavesTheTargetEmpty() {
    try (Store source = SqliteStore.open(from); Store target = SqliteStore.open(to)) {
      source.write(tx -> {
        tx.insertKey(key(keyId(1)));
        return null;
      });
      try (SnapshotLoad load = target.maintenance().load()) {
        source.maintenance().snapshot(load);
      }

      assertThat(target.maintenance().isEmpty()).isTrue();
    }
  }
}
