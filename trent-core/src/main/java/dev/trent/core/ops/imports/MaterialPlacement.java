package dev.trent.core.ops.imports;

import dev.trent.protocol.error.IncorrectKeyMaterialException;
import dev.trent.protocol.error.KMSInvalidStateException;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredImport;
import dev.trent.store.StoredKey;
import dev.trent.store.StoredRotation;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where imported material goes among a key's materials (Developer Guide, "Import key material"):
 * the first material of a key becomes current and permanently associated with it;
 * EXISTING_KEY_MATERIAL (the default) re-imports a material already associated with the key, the
 * one named by KeyMaterialId or else the current one; NEW_KEY_MATERIAL stages another material
 * for a later RotateKeyOnDemand, PENDING_ROTATION, at most one at a time.
 */
final class MaterialPlacement {
  static final String EXISTING = "EXISTING_KEY_MATERIAL";
  static final String NEW = "NEW_KEY_MATERIAL";

  enum Kind { FIRST, ASSOCIATED, PENDING_ROTATION }

  private MaterialPlacement() {}

  static Kind place(ReadTransaction tx, StoredKey key, String materialId, String importType,
      String namedId) {
    if (key.currentMaterialId() == null) {
      if (namedId != null && !namedId.equals(materialId)) {
        throw incorrect();
      }
      return Kind.FIRST;
    }
    Set<String> associated = tx.rotations(key.keyId(), -1, Integer.MAX_VALUE).stream()
        .map(StoredRotation::materialId).collect(Collectors.toSet());
    associated.add(key.currentMaterialId());
    Optional<String> pending = pendingRotation(tx, key.keyId()).map(StoredImport::materialId);
    if (NEW.equals(importType)) {
      if (associated.contains(materialId)) {
        // Chosen text: AWS's for this case is not recorded.
        throw new IncorrectKeyMaterialException("The key material (id: " + materialId + ") is"
            + " already associated with this KMS key. Import it with ImportType EXISTING_KEY_MATERIAL.");
      }
      if (pending.isPresent() && !pending.get().equals(materialId)) {
        throw new KMSInvalidStateException("New key material (id: " + materialId + ") cannot be"
            + " imported into KMS key " + key.keyId() + ", because another key material (id: "
            + pending.get() + ") is pending rotation.");
      }
      return Kind.PENDING_ROTATION;
    }
    String target = namedId != null ? namedId : key.currentMaterialId();
    boolean known = associated.contains(target) || pending.filter(target::equals).isPresent();
    if (!known || !target.equals(materialId)) {
      throw incorrect();
    }
    return associated.contains(target) ? Kind.ASSOCIATED : Kind.PENDING_ROTATION;
  }

  static Optional<StoredImport> pendingRotation(ReadTransaction tx, String keyId) {
    return tx.importedMaterials(keyId).stream().filter(StoredImport::pendingRotation).findFirst();
  }

  private static IncorrectKeyMaterialException incorrect() {
    return new IncorrectKeyMaterialException("The key material does not match the key material"
        + " previously imported into this KMS key.");
  }
}
