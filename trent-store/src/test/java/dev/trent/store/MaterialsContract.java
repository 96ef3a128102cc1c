package dev.trent.store;

import static dev.trent.store.StoreFixtures.CREATED;
import static dev.trent.store.StoreFixtures.key;
import static dev.trent.store.StoreFixtures.keyId;
import static dev.trent.store.StoreFixtures.material;
import static dev.trent.store.StoreFixtures.materialId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Wrapped key material: opaque bytes that must come back exactly. */
public interface MaterialsContract extends StoreUnderTest {

  @Test
  default void insertedMaterial_comesBackWithEveryByteIntact() {
    byte[] wrapped = new byte[256 + 4096];
    for (int i = 0; i < 256; i++) {
      wrapped[i] = (byte) i;
    }
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    System.arraycopy(noise, 0, wrapped, 256, noise.length);
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertMaterial(material(keyId(1), materialId(1), wrapped));
    });

    StoredMaterial stored = storedMaterial(keyId(1), materialId(1)).orElseThrow();

    assertThat(stored.wrapped()).isEqualTo(wrapped);
    assertThat(stored.keyId()).isEqualTo(keyId(1));
    assertThat(stored.materialId()).isEqualTo(materialId(1));
    assertThat(stored.creationDate()).isEqualTo(CREATED);
  }

  @Test
  default void keyWithSeveralMaterials_returnsEachByItsId() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertMaterial(material(keyId(1), materialId(1), new byte[] {1}));
      tx.insertMaterial(material(keyId(1), materialId(2), new byte[] {2}));
    });

    assertThat(storedMaterial(keyId(1), materialId(1)).orElseThrow().wrapped())
        .containsExactly(1);
    assertThat(storedMaterial(keyId(1), materialId(2)).orElseThrow().wrapped())
        .containsExactly(2);
  }

  @Test
  default void unknownMaterialOrOtherKeysMaterial_isEmpty() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertKey(key(keyId(2)));
      tx.insertMaterial(material(keyId(1), materialId(1), new byte[] {1}));
    });

    assertThat(storedMaterial(keyId(1), materialId(2))).isEmpty();
    assertThat(storedMaterial(keyId(2), materialId(1))).isEmpty();
  }

  @Test
  default void duplicateMaterialIdForAKey_isConflictAndKeepsTheFirst() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertMaterial(material(keyId(1), materialId(1), new byte[] {1}));
    });

    assertThatThrownBy(() -> write(tx -> tx.insertMaterial(material(keyId(1), materialId(1), new byte[] {2}))))
        .isInstanceOf(StoreConflictException.class);
    assertThat(storedMaterial(keyId(1), materialId(1)).orElseThrow().wrapped())
        .containsExactly(1);
  }

  @Test
  default void sameMaterialIdUnderAnotherKey_isAllowed() {
    write(tx -> {
      tx.insertKey(key(keyId(1)));
      tx.insertKey(key(keyId(2)));
      tx.insertMaterial(material(keyId(1), materialId(1), new byte[] {1}));
      tx.insertMaterial(material(keyId(2), materialId(1), new byte[] {2}));
    });

    assertThat(storedMaterial(keyId(2), materialId(1)).orElseThrow().wrapped())
        .containsExactly(2);
  }
}
