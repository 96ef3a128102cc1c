package dev.trent.store;

import java.time.Instant;

/**
 * One imported material a key holds now.
 *
 * @param expirationModel {@code KEY_MATERIAL_EXPIRES} (then {@code validTo} is set) or
 *     {@code KEY_MATERIAL_DOES_NOT_EXPIRE}
 * @param description the customer's KeyMaterialDescription, or null
 * @param pendingRotation true for material imported as NEW_KEY_MATERIAL that no on-demand rotation
 *     has made current yet: not permanently associated with the key
 */
public record StoredImport(String keyId, String materialId, String expirationModel, Instant validTo,
    String description, boolean pendingRotation) {

  /** Material permanently associated with the key, without description. */
  public StoredImport(String keyId, String materialId, String expirationModel, Instant validTo) {
    this(keyId, materialId, expirationModel, validTo, null, false);
  }

  public StoredImport withPendingRotation(boolean pending) {
    return new StoredImport(keyId, materialId, expirationModel, validTo, description, pending);
  }
}
