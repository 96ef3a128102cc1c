package dev.trent.store.postgresql;

import static dev.trent.store.StoreFixtures.alias;
import static dev.trent.store.StoreFixtures.key;
import static dev.trent.store.StoreFixtures.keyId;
import static dev.trent.store.StoreFixtures.material;
import static dev.trent.store.StoreFixtures.materialId;
import static dev.trent.store.StoreFixtures.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.store.SnapshotLoad;
import dev.trent.store.SnapshotSink;
import dev.trent.store.Store;
import dev.trent.store.StoredImport;
import dev.trent.store.StoredKeyUsage;
import dev.trent.store.StoredRotation;
import dev.trent.store.StoredRotationSchedule;
import dev.trent.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite to PostgreSQL and back: every row of every table survives both crossings unchanged. */
class CrossStoreSnapshotTest {
  @TempDir Path first;
  @TempDir Path last;

  @Test
  void sqliteToPostgresAndBack_keepsEveryRow() {
    try (Store sqlite = SqliteStore.open(first);
        Store postgres = PostgresStore.open(TestPostgres.shared().newDatabase(), null, 4);
        Store back = SqliteStore.open(last)) {
      fill(sqlite);

      copy(sqlite, postgres);
      copy(postgres, back);

      Map<String, List<String>> original = rows(sqlite);
      assertThat(original.get("kms_key")).hasSize(2);
      assertThat(original.get("imported_material")).hasSize(1);
      assertThat(rows(postgres)).isEqualTo(original);
      assertThat(rows(back)).isEqualTo(original);
    }
  }

  private static void fill(Store store) {
    Instant t = Instant.parse("2026-11-28T10:15:30.123Z");
    store.write(tx -> {
      for (int k = 1; k <= 3; k++) {
        tx.insertKey(key(keyId(k)));
        tx.insertMaterial(material(keyId(k), materialId(1), new byte[] {(byte) k, 0, (byte) 0xff}));
        tx.insertRotation(new StoredRotation(keyId(k), 0, materialId(1), t, null));
      }
      tx.insertAlias(alias("alias/x", keyId(1)));
      tx.putTag(tag(keyId(1), "team", "ops"));
      tx.putRotationSchedule(new StoredRotationSchedule(keyId(1), 90, t.plusSeconds(86400)));
      tx.putImportedMaterial(new StoredImport(keyId(2), materialId(1), "KEY_MATERIAL_EXPIRES", t, "d", true));
      tx.recordUsages(List.of(new StoredKeyUsage(keyId(1), "Encrypt", t, "req", "evt")));
      tx.deleteKey(keyId(3));
      return null;
    });
    store.maintenance().replaceSettings(Map.of(), Map.of("root-key.check", Optional.of("abc")));
  }

  private static void copy(Store from, Store to) {
    try (SnapshotLoad load = to.maintenance().load()) {
      from.maintenance().snapshot(load);
      load.commit();
    }
  }

  /** Each table's rows rendered as text, with byte arrays as lists of numbers. */
  private static Map<String, List<String>> rows(Store store) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    store.maintenance().snapshot(new SnapshotSink() {
      private List<String> current;

      @Override
      public void table(String name, List<String> columns) {
        current = new ArrayList<>();
        out.put(name, current);
      }

      @Override
      public void row(Object[] values) {
        current.add(Arrays.deepToString(values));
      }
    });
    return out;
  }
}
