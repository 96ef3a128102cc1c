package dev.trent.store;

import java.time.Instant;

/**
 * The imported material a key holds now.
 *
 * @param expirationModel {@code KEY_MATERIAL_EXPIRES} (then {@code validTo} is set) or
 *     {@code KEY_MATERIAL_DOES_NOT_EXPIRE}
 */
public record StoredImport(String keyId, String materialId, String expirationModel, Instant validTo) {}
