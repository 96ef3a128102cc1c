package dev.trent.store;

import java.time.Instant;

/**
 * When a key's imported material expires: the earliest {@code ValidTo} of the imported materials
 * the key holds, with where the key lives.
 */
public record StoredMaterialExpiry(String keyId, String accountId, String region, Instant validTo) {}
