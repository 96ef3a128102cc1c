package dev.trent.core.key;

import dev.trent.store.StoredKey;
import dev.trent.store.StoredRotation;
import dev.trent.store.WriteTransaction;
import java.time.Instant;

/**
 * Rotates a key inside the caller's transaction: new material becomes current, the old stays for
 * decryption (every ciphertext names its material), and the step is appended to the key's history.
 * Appending sequence n+1 is itself a claim: a concurrent rotation of the same key conflicts
 * instead of adding a second material.
 */
public final class MaterialRotation {
  public static final String AUTOMATIC = "AUTOMATIC";
  public static final String ON_DEMAND = "ON_DEMAND";

  private final MaterialVault vault;

  public MaterialRotation(MaterialVault vault) {
    this.vault = vault;
  }

  /** Returns the key as it now is: same row, the new material current. */
  public StoredKey rotate(WriteTransaction tx, StoredKey key, String rotationType, Instant now) {
    long latest = tx.latestRotationSequence(key.keyId());
    if (latest < 0) {
      // A key without history predates it: its current material was its first.
      tx.insertRotation(new StoredRotation(key.keyId(), 0, key.currentMaterialId(),
          key.creationDate(), null));
      latest = 0;
    }
    String materialId = vault.newMaterialId();
    tx.insertMaterial(vault.newMaterial(key, materialId, now));
    tx.insertRotation(new StoredRotation(key.keyId(), latest + 1, materialId, now, rotationType));
    StoredKey rotated = key.withCurrentMaterialId(materialId);
    tx.updateKey(rotated);
    return rotated;
  }
}
