package dev.trent.core.key;

import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredImport;
import dev.trent.store.StoredKey;
import dev.trent.store.StoredRotation;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a key with imported material can leave PendingImport (Developer Guide, "Import key
 * material"): only once every material permanently associated with it, the first one and each
 * that a rotation made current, is imported. Material pending rotation does not count.
 */
public final class ImportCompleteness {
  private ImportCompleteness() {}

  public static boolean complete(ReadTransaction tx, StoredKey key) {
    if (key.currentMaterialId() == null) {
      return false;
    }
    Set<String> imported = tx.importedMaterials(key.keyId()).stream()
        .filter(i -> !i.pendingRotation())
        .map(StoredImport::materialId)
        .collect(Collectors.toSet());
    if (!imported.contains(key.currentMaterialId())) {
      return false;
    }
    for (StoredRotation r : tx.rotations(key.keyId(), -1, Integer.MAX_VALUE)) {
      if (!imported.contains(r.materialId())) {
        return false;
      }
    }
    return true;
  }
}
