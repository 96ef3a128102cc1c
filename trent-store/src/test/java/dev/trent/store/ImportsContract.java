package dev.trent.store;

import static dev.trent.store.StoreFixtures.CREATED;
import static dev.trent.store.StoreFixtures.key;
import static dev.trent.store.StoreFixtures.keyId;
import static dev.trent.store.StoreFixtures.material;
import static dev.trent.store.StoreFixtures.materialId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Import tokens and the imported material a key holds. */
public interface ImportsContract extends StoreUnderTest {
  private static StoredImportToken token(String tokenId, String keyId) {
    return new StoredImportToken(tokenId, keyId, "RSAES_OAEP_SHA_256", "RSA_2048",
        new byte[] {1, 2, 3, (byte) 0xff}, new byte[] {0x30, 0x00}, CREATED.plusSeconds(86_400));
  }

  private Optional<StoredImportToken> storedToken(String tokenId) {
    return read(tx -> tx.importToken(tokenId));
  }

  private Optional<StoredImport> storedImport(String keyId) {
    return read(tx -> tx.importedMaterial(keyId));
  }

  private List<String> dueForExpiry(Instant now) {
    return read(tx -> tx.keysDueForExpiry(now, 10));
  }

  @Test
  default void importToken_comesBackAsWritten_andIsUnique() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertImportToken(token("t1", keyId(1)));
    });

    assertThat(storedToken("t1")).contains(token("t1", keyId(1)));
    assertThat(storedToken("t2")).isEmpty();
    assertThatThrownBy(() -> write(tx -> tx.insertImportToken(token("t1", keyId(1)))))
        .isInstanceOf(StoreConflictException.class);
  }

  @Test
  default void importedMaterial_isReplacedAndDeletedWithItsWrappedMaterial() {
    StoredImport expiring = new StoredImport(keyId(1), materialId(1), "KEY_MATERIAL_EXPIRES", CREATED);
    StoredImport forever = new StoredImport(keyId(1), materialId(1), "KEY_MATERIAL_DOES_NOT_EXPIRE", null);
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertMaterial(material(keyId(1), materialId(1), new byte[] {1}));
      tx.insertMaterial(material(keyId(1), materialId(2), new byte[] {2}));
      tx.putImportedMaterial(expiring);
    });
    assertThat(storedImport(keyId(1))).contains(expiring);

    write(tx -> tx.putImportedMaterial(forever));
    assertThat(storedImport(keyId(1))).contains(forever);

    boolean first = store().write(tx -> tx.deleteImportedMaterial(keyId(1), materialId(1)));
    boolean second = store().write(tx -> tx.deleteImportedMaterial(keyId(1), materialId(1)));
    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(storedImport(keyId(1))).isEmpty();
    assertThat(storedMaterial(keyId(1), materialId(1))).isEmpty();
    assertThat(storedMaterial(keyId(1), materialId(2))).isPresent();
  }

  @Test
  default void dueForExpiry_listsExpiringMaterialAtOrBeforeNow_earliestFirst() {
    write(tx -> {
      for (int i = 1; i <= 4; i++) {
        tx.insertKey(key(keyId(i)));
      }
      tx.putImportedMaterial(new StoredImport(keyId(1), materialId(1), "KEY_MATERIAL_EXPIRES", CREATED));
      tx.putImportedMaterial(new StoredImport(keyId(2), materialId(1), "KEY_MATERIAL_EXPIRES",
          CREATED.minusSeconds(1)));
      tx.putImportedMaterial(new StoredImport(keyId(3), materialId(1), "KEY_MATERIAL_EXPIRES",
          CREATED.plusMillis(1)));
      tx.putImportedMaterial(new StoredImport(keyId(4), materialId(1), "KEY_MATERIAL_DOES_NOT_EXPIRE", null));
    });

    assertThat(dueForExpiry(CREATED)).containsExactly(keyId(2), keyId(1));
    assertThat(dueForExpiry(CREATED.minusSeconds(2))).isEmpty();
  }

  @Test
  default void deletedKey_takesTokensAndImportWithIt() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertImportToken(token("t1", keyId(1)));
      tx.putImportedMaterial(new StoredImport(keyId(1), materialId(1), "KEY_MATERIAL_EXPIRES", CREATED));
    });

    write(tx -> tx.deleteKey(keyId(1)));

    assertThat(storedToken("t1")).isEmpty();
    assertThat(storedImport(keyId(1))).isEmpty();
  }

  @Test
  default void severalMaterials_eachWithDescription_currentOneFirst_onePendingAtMost() {
    StoredImport current = new StoredImport(keyId(1), materialId(1), "KEY_MATERIAL_DOES_NOT_EXPIRE",
        null, "first", false);
    StoredImport pending = new StoredImport(keyId(1), materialId(2), "KEY_MATERIAL_EXPIRES",
        CREATED.plusSeconds(60), "second", true);
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertMaterial(material(keyId(1), materialId(1), new byte[] {1}));
      tx.insertMaterial(material(keyId(1), materialId(2), new byte[] {2}));
      tx.putImportedMaterial(current);
      tx.putImportedMaterial(pending);
    });

    List<StoredImport> all = read(tx -> tx.importedMaterials(keyId(1)));
    assertThat(all).containsExactly(current, pending);
    assertThat(storedImport(keyId(1))).contains(current);
    StoredImport another = new StoredImport(keyId(1), materialId(3), "KEY_MATERIAL_DOES_NOT_EXPIRE",
        null, null, true);
    assertThatThrownBy(() -> write(tx -> tx.putImportedMaterial(another)))
        .isInstanceOf(StoreConflictException.class);
    assertThat(dueForExpiry(CREATED.plusSeconds(60))).containsExactly(keyId(1));

    write(tx -> tx.putImportedMaterial(pending.withPendingRotation(false)));
    List<StoredImport> rotated = read(tx -> tx.importedMaterials(keyId(1)));
    assertThat(rotated).contains(pending.withPendingRotation(false));
    boolean deleted = store().write(tx -> tx.deleteImportedMaterial(keyId(1), materialId(2)));
    assertThat(deleted).isTrue();
    assertThat(storedMaterial(keyId(1), materialId(2))).isEmpty();
    assertThat(storedMaterial(keyId(1), materialId(1))).isPresent();
  }
}
