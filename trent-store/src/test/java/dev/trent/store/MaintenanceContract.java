package dev.trent.store;

import static dev.trent.store.StoreFixtures.alias;
import static dev.trent.store.StoreFixtures.key;
import static dev.trent.store.StoreFixtures.keyId;
import static dev.trent.store.StoreFixtures.material;
import static dev.trent.store.StoreFixtures.materialId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link StoreMaintenance}: settings, snapshots, wrapped columns. */
public interface MaintenanceContract extends StoreUnderTest {
  WrappedColumn MATERIALS = new WrappedColumn("key_material", List.of("key_id", "material_id"), "wrapped");

  /** A snapshot collected in memory: table name to its rows. */
  final class Collected implements SnapshotSink {
    final Map<String, List<String>> columns = new LinkedHashMap<>();
    final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
    private String current;

    @Override
    public void table(String name, List<String> columnNames) {
      current = name;
      columns.put(name, columnNames);
      rows.put(name, new ArrayList<>());
    }

    @Override
    public void row(Object[] values) {
      rows.get(current).add(values.clone());
    }

    Object value(String table, int row, String column) {
      return rows.get(table).get(row)[columns.get(table).indexOf(column)];
    }
  }

  @Test
  default void settings_compareAndSet() {
    StoreMaintenance m = store().maintenance();
    assertThat(m.setting("a")).isEmpty();

    assertThat(m.replaceSettings(Map.of("a", Optional.empty()), Map.of("a", Optional.of("1")))).isTrue();
    assertThat(m.replaceSettings(Map.of("a", Optional.empty()), Map.of("a", Optional.of("2")))).isFalse();
    assertThat(m.setting("a")).contains("1");
    assertThat(m.replaceSettings(Map.of("a", Optional.of("1")),
        Map.of("a", Optional.of("3"), "b", Optional.of("x")))).isTrue();
    assertThat(m.setting("a")).contains("3");
    assertThat(m.setting("b")).contains("x");
    assertThat(m.replaceSettings(Map.of("b", Optional.of("x")), Map.of("b", Optional.empty()))).isTrue();
    assertThat(m.setting("b")).isEmpty();
  }

  @Test
  default void isEmpty_untilARecordOrSettingExists() {
    StoreMaintenance m = store().maintenance();
    assertThat(m.isEmpty()).isTrue();

    m.replaceSettings(Map.of(), Map.of("s", Optional.of("v")));
    assertThat(m.isEmpty()).isFalse();
    m.replaceSettings(Map.of(), Map.of("s", Optional.empty()));
    assertThat(m.isEmpty()).isTrue();
    write(tx -> tx.insertKey(key(keyId(1))));
    assertThat(m.isEmpty()).isFalse();
  }

  @Test
  default void snapshot_holdsEveryRow_parentsFirst() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertMaterial(material(keyId(1), materialId(1), new byte[] {1, 2, 3}));
      tx.insertAlias(alias("alias/a", keyId(1)));
    });
    Collected c = new Collected();

    store().maintenance().snapshot(c);

    List<String> tables = new ArrayList<>(c.columns.keySet());
    assertThat(tables).contains("kms_key", "key_material", "alias", "store_setting")
        .doesNotContain("flyway_schema_history");
    assertThat(tables.indexOf("kms_key")).isLessThan(tables.indexOf("key_material"))
        .isLessThan(tables.indexOf("alias"));
    assertThat(c.rows.get("kms_key")).hasSize(1);
    assertThat(c.value("kms_key", 0, "key_id")).isEqualTo(keyId(1));
    assertThat(c.value("kms_key", 0, "creation_date")).isInstanceOf(Long.class);
    assertThat((byte[]) c.value("key_material", 0, "wrapped")).containsExactly(1, 2, 3);
    assertThat(c.value("alias", 0, "alias_name")).isEqualTo("alias/a");
  }

  @Test
  default void load_refusesANonEmptyStore() {
    write(tx -> tx.insertKey(key(keyId(1))));

    assertThatThrownBy(() -> store().maintenance().load()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  default void scanAndReplaceWrapped_pageThroughEveryCell_andCompareBeforeReplacing() {
    write(tx -> {
      for (int k = 0; k < 5; k++) {
        tx.insertKey(key(keyId(k)));
        for (int m = 0; m < 3; m++) {
          tx.insertMaterial(material(keyId(k), materialId(m), new byte[] {(byte) k, (byte) m}));
        }
      }
    });
    StoreMaintenance m = store().maintenance();
    List<WrappedCell> seen = new ArrayList<>();
    List<Integer> batches = new ArrayList<>();

    m.scanWrapped(MATERIALS, 4, batch -> {
      batches.add(batch.size());
      seen.addAll(batch);
      List<WrappedCell.Replacement> r = batch.stream()
          .map(cell -> new WrappedCell.Replacement(cell, new byte[] {9, cell.wrapped()[0], cell.wrapped()[1]}))
          .toList();
      assertThat(m.replaceWrapped(MATERIALS, r)).isEqualTo(batch.size());
      assertThat(m.replaceWrapped(MATERIALS, r)).isZero();
    });

    assertThat(batches).containsExactly(4, 4, 4, 3);
    assertThat(seen).extracting(WrappedCell::key).doesNotHaveDuplicates().hasSize(15);
    assertThat(storedMaterial(keyId(3), materialId(2)).orElseThrow().wrapped()).containsExactly(9, 3, 2);
  }
}
