package dev.trent.store;

import static dev.trent.store.StoreFixtures.ACCOUNT;
import static dev.trent.store.StoreFixtures.CREATED;
import static dev.trent.store.StoreFixtures.OTHER_ACCOUNT;
import static dev.trent.store.StoreFixtures.OTHER_REGION;
import static dev.trent.store.StoreFixtures.REGION;
import static dev.trent.store.StoreFixtures.key;
import static dev.trent.store.StoreFixtures.keyId;
import static dev.trent.store.StoreFixtures.materialId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The aggregate reads behind the metrics: key counts and expiring imported material. */
public interface MonitoringContract extends StoreUnderTest {
  private List<StoredKeyCount> keyCounts() {
    return read(ReadTransaction::keyCounts);
  }

  private List<StoredMaterialExpiry> expiring(int limit) {
    return read(tx -> tx.expiringMaterials(limit));
  }

  private static StoredKey keyOf(int n, String account, String region, String spec, String state) {
    StoredKey k = key(keyId(n), account, region);
    return new StoredKey(k.keyId(), k.accountId(), k.region(), k.description(), spec, k.keyUsage(),
        k.origin(), state, k.creationDate(), null, null, k.policy(), k.currentMaterialId(), 1);
  }

  @Test
  default void keyCounts_ofAnEmptyStore_areEmpty() {
    assertThat(keyCounts()).isEmpty();
  }

  @Test
  default void keyCounts_groupByStateAndSpec_acrossAccountsAndRegions_ordered() {
    write(tx -> {
      tx.insertKey(keyOf(1, ACCOUNT, REGION, "SYMMETRIC_DEFAULT", "Enabled"));
      tx.insertKey(keyOf(2, OTHER_ACCOUNT, REGION, "SYMMETRIC_DEFAULT", "Enabled"));
      tx.insertKey(keyOf(3, ACCOUNT, OTHER_REGION, "SYMMETRIC_DEFAULT", "Enabled"));
      tx.insertKey(keyOf(4, ACCOUNT, REGION, "RSA_2048", "Enabled"));
      tx.insertKey(keyOf(5, ACCOUNT, REGION, "RSA_2048", "Disabled"));
      tx.insertKey(keyOf(6, OTHER_ACCOUNT, OTHER_REGION, "SYMMETRIC_DEFAULT", "PendingImport"));
      tx.insertKey(keyOf(7, ACCOUNT, REGION, "HMAC_256", "Disabled"));
    });

    assertThat(keyCounts()).containsExactly(
        new StoredKeyCount("Disabled", "HMAC_256", 1),
        new StoredKeyCount("Disabled", "RSA_2048", 1),
        new StoredKeyCount("Enabled", "RSA_2048", 1),
        new StoredKeyCount("Enabled", "SYMMETRIC_DEFAULT", 3),
        new StoredKeyCount("PendingImport", "SYMMETRIC_DEFAULT", 1));
  }

  @Test
  default void keyCounts_followStateChangesAndDeletion() {
    write(tx -> {
      tx.insertKey(keyOf(1, ACCOUNT, REGION, "SYMMETRIC_DEFAULT", "Enabled"));
      tx.insertKey(keyOf(2, ACCOUNT, REGION, "SYMMETRIC_DEFAULT", "Enabled"));
    });
    write(tx -> tx.updateKey(tx.key(keyId(1)).orElseThrow()
        .withState("PendingDeletion", CREATED.plusSeconds(86_400 * 7), 7)));

    assertThat(keyCounts()).containsExactly(
        new StoredKeyCount("Enabled", "SYMMETRIC_DEFAULT", 1),
        new StoredKeyCount("PendingDeletion", "SYMMETRIC_DEFAULT", 1));

    write(tx -> tx.deleteKey(keyId(1)));
    assertThat(keyCounts()).containsExactly(new StoredKeyCount("Enabled", "SYMMETRIC_DEFAULT", 1));
  }

  @Test
  default void expiringMaterials_listOnlyMaterialWithAValidTo_earliestFirst_withWhereTheKeyLives() {
    write(tx -> {
      tx.insertKey(key(keyId(1), ACCOUNT, REGION));
      tx.insertKey(key(keyId(2), OTHER_ACCOUNT, OTHER_REGION));
      tx.insertKey(key(keyId(3), ACCOUNT, REGION));
      tx.insertKey(key(keyId(4), ACCOUNT, REGION));
      tx.putImportedMaterial(new StoredImport(keyId(1), materialId(1), "KEY_MATERIAL_EXPIRES",
          CREATED.plusSeconds(60)));
      tx.putImportedMaterial(new StoredImport(keyId(2), materialId(2), "KEY_MATERIAL_EXPIRES",
          CREATED.plusMillis(1)));
      tx.putImportedMaterial(new StoredImport(keyId(3), materialId(3), "KEY_MATERIAL_DOES_NOT_EXPIRE",
          null));
      // Already past ValidTo but not yet expired by the scheduler: still listed.
      tx.putImportedMaterial(new StoredImport(keyId(4), materialId(4), "KEY_MATERIAL_EXPIRES",
          CREATED.minusSeconds(1)));
    });

    assertThat(expiring(10)).containsExactly(
        new StoredMaterialExpiry(keyId(4), ACCOUNT, REGION, CREATED.minusSeconds(1)),
        new StoredMaterialExpiry(keyId(2), OTHER_ACCOUNT, OTHER_REGION, CREATED.plusMillis(1)),
        new StoredMaterialExpiry(keyId(1), ACCOUNT, REGION, CREATED.plusSeconds(60)));
    assertThat(expiring(2)).extracting(StoredMaterialExpiry::keyId).containsExactly(keyId(4), keyId(2));
  }

  @Test
  default void expiringMaterials_tieOnValidTo_isOrderedByKeyId_andGoWithTheirExpiryOrKey() {
    write(tx -> {
      for (int i = 1; i <= 3; i++) {
        tx.insertKey(key(keyId(i)));
        tx.putImportedMaterial(new StoredImport(keyId(i), materialId(i), "KEY_MATERIAL_EXPIRES", CREATED));
      }
    });
    List<String> sorted = java.util.stream.Stream.of(keyId(1), keyId(2), keyId(3)).sorted().toList();
    assertThat(expiring(10)).extracting(StoredMaterialExpiry::keyId).containsExactlyElementsOf(sorted);

    write(tx -> tx.putImportedMaterial(
        new StoredImport(keyId(1), materialId(1), "KEY_MATERIAL_DOES_NOT_EXPIRE", null)));
    write(tx -> tx.deleteImportedMaterial(keyId(2), materialId(2)));
    write(tx -> tx.deleteKey(keyId(3)));

    assertThat(expiring(10)).isEmpty();
  }

  @Test
  default void expiringMaterials_keyWithSeveralExpiringMaterials_isListedOnce_withTheEarliest() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.putImportedMaterial(new StoredImport(keyId(1), materialId(1), "KEY_MATERIAL_EXPIRES",
          CREATED.plusSeconds(3600)));
      tx.putImportedMaterial(new StoredImport(keyId(1), materialId(2), "KEY_MATERIAL_EXPIRES",
          CREATED.plusSeconds(60)));
      tx.putImportedMaterial(new StoredImport(keyId(1), materialId(3), "KEY_MATERIAL_DOES_NOT_EXPIRE",
          null));
    });

    assertThat(expiring(10)).containsExactly(
        new StoredMaterialExpiry(keyId(1), ACCOUNT, REGION, CREATED.plusSeconds(60)));
  }
}
